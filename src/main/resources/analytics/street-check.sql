-- Row checks for a data.police.uk street file; a non-null reason sends the row to the rejects table.
-- Checks run once per distinct (month, force, outcome) and are joined back, which keeps them cheap.
CREATE OR REPLACE TEMP TABLE verdict AS
WITH k AS (SELECT DISTINCT coalesce(month, '') AS raw_month, coalesce(reported_by, '') AS reported_by,
                  coalesce(last_outcome, '') AS last_outcome FROM staging),
typed AS (
    SELECT k.*, f.slug AS force_slug, nullif(trim(k.last_outcome), '') AS outcome, o.label AS known_outcome,
           regexp_full_match(trim(coalesce(k.raw_month, '')), '[0-9]{4}-(0[1-9]|1[0-2])') AS good_month
    FROM k
    LEFT JOIN ref_force f ON f.name = regexp_replace(replace(lower(trim(coalesce(k.reported_by, ''))), '&', 'and'), '\s+', ' ', 'g')
    LEFT JOIN ref_outcome o ON o.label = trim(k.last_outcome)
)
SELECT raw_month, reported_by, last_outcome, force_slug, outcome,
       CASE WHEN good_month THEN CAST(trim(raw_month) || '-01' AS DATE) END AS month,
       CASE WHEN NOT good_month THEN 'BAD_MONTH'
            WHEN force_slug IS NULL THEN 'UNKNOWN_FORCE'
            WHEN outcome IS NOT NULL AND known_outcome IS NULL THEN 'UNKNOWN_OUTCOME'
       END AS reason,
       CASE WHEN NOT good_month THEN raw_month
            WHEN force_slug IS NULL THEN reported_by
            WHEN outcome IS NOT NULL AND known_outcome IS NULL THEN outcome
       END AS value
FROM typed;
CREATE OR REPLACE TEMP TABLE checked AS
SELECT s.line, nullif(trim(s.crime_id), '') AS crime_id, nullif(trim(s.crime_type), '') AS crime_type,
       v.force_slug, v.month, v.outcome AS last_outcome, v.reason, v.value
FROM staging s JOIN verdict v
    ON coalesce(s.month, '') = v.raw_month AND coalesce(s.reported_by, '') = v.reported_by
    AND coalesce(s.last_outcome, '') = v.last_outcome;
