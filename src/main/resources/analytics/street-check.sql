-- Row checks for a data.police.uk street file; a non-null reason sends the row to the rejects table.
-- Checks run once per distinct (month, force, outcome) and are joined back, which keeps them cheap.
CREATE OR REPLACE TEMP VIEW verdict_key AS
SELECT DISTINCT coalesce(month, '') AS raw_month, coalesce(reported_by, '') AS reported_by,
       coalesce(last_outcome, '') AS last_outcome FROM staging;
${verdict}
CREATE OR REPLACE TEMP TABLE checked AS
SELECT s.line, nullif(trim(s.crime_id), '') AS crime_id, nullif(trim(s.crime_type), '') AS crime_type,
       v.force_slug, v.month, v.outcome AS last_outcome, v.reason, v.value
FROM staging s JOIN verdict v
    ON coalesce(s.month, '') = v.raw_month AND coalesce(s.reported_by, '') = v.reported_by
    AND coalesce(s.last_outcome, '') = v.last_outcome;
