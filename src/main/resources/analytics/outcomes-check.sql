-- Row checks for a data.police.uk outcomes file.
CREATE OR REPLACE TEMP TABLE checked AS
WITH typed AS (
    SELECT s.line,
           nullif(trim(s.crime_id), '') AS crime_id,
           trim(coalesce(s.month, '')) AS raw_month,
           s.reported_by,
           f.slug AS force_slug,
           nullif(trim(s.outcome_type), '') AS outcome,
           o.label AS known_outcome
    FROM staging s
    LEFT JOIN ref_force f
        ON f.name = regexp_replace(replace(lower(trim(coalesce(s.reported_by, ''))), '&', 'and'), '\s+', ' ', 'g')
    LEFT JOIN ref_outcome o ON o.label = trim(s.outcome_type)
)
SELECT line, crime_id, force_slug, outcome,
       CASE WHEN regexp_full_match(raw_month, '[0-9]{4}-(0[1-9]|1[0-2])') THEN CAST(raw_month || '-01' AS DATE) END
           AS month,
       CASE WHEN NOT regexp_full_match(raw_month, '[0-9]{4}-(0[1-9]|1[0-2])') THEN 'BAD_MONTH'
            WHEN force_slug IS NULL THEN 'UNKNOWN_FORCE'
            WHEN crime_id IS NULL THEN 'MISSING_CRIME_ID'
            WHEN known_outcome IS NULL THEN 'UNKNOWN_OUTCOME'
       END AS reason,
       CASE WHEN NOT regexp_full_match(raw_month, '[0-9]{4}-(0[1-9]|1[0-2])') THEN raw_month
            WHEN force_slug IS NULL THEN reported_by
            WHEN crime_id IS NULL THEN ''
            WHEN known_outcome IS NULL THEN outcome
       END AS value
FROM typed;
