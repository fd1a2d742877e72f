-- Row checks for an aggregated counts table; absent roles are NULL.
CREATE OR REPLACE TEMP TABLE checked AS
WITH typed AS (
    SELECT s.*,
           trim(coalesce(CAST(${year} AS VARCHAR), '')) AS raw_year,
           TRY_CAST(trim(CAST(${year} AS VARCHAR)) AS INTEGER) AS year_value,
           CAST(${force} AS VARCHAR) AS raw_force,
           f.slug AS force_slug,
           nullif(trim(CAST(${crimeType} AS VARCHAR)), '') AS crime_type_value,
           CASE WHEN trim(coalesce(CAST(${outcome} AS VARCHAR), '')) IN ('', '(blank)') THEN NULL
                ELSE trim(CAST(${outcome} AS VARCHAR)) END
               AS outcome_value
    FROM staging s
    LEFT JOIN ref_force f
        ON f.name = regexp_replace(replace(lower(trim(coalesce(CAST(${force} AS VARCHAR), ''))), '&', 'and'), '\s+', ' ', 'g')
)
SELECT t.*,
       CASE WHEN ${hasYear} AND NOT coalesce(year_value BETWEEN 1900 AND 2100, false) THEN 'BAD_YEAR'
            WHEN ${hasForce} AND force_slug IS NULL THEN 'UNKNOWN_FORCE'
            WHEN outcome_value IS NOT NULL AND o.label IS NULL THEN 'UNKNOWN_OUTCOME'
            ${countChecks}
       END AS reason,
       CASE WHEN ${hasYear} AND NOT coalesce(year_value BETWEEN 1900 AND 2100, false) THEN raw_year
            WHEN ${hasForce} AND force_slug IS NULL THEN raw_force
            WHEN outcome_value IS NOT NULL AND o.label IS NULL THEN outcome_value
            ${countValues}
       END AS value
FROM typed t LEFT JOIN ref_outcome o ON o.label = t.outcome_value;
