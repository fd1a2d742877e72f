-- Row checks for a Home Office crime outcomes table. Quarter 1 is April to June of the financial year's first year.
CREATE OR REPLACE TEMP TABLE checked AS
WITH typed AS (
    SELECT s.*,
           trim(coalesce(s.fy, '')) AS raw_fy,
           TRY_CAST(regexp_extract(trim(coalesce(s.quarter, '')), '^[Qq]?([1-4])$', 1) AS INTEGER) AS quarter_number,
           f.slug AS force_slug,
           nullif(trim(s.offence_code), '') AS code,
           upper(regexp_replace(trim(coalesce(s.outcome_type, '')), '(?i)^outcome\s*', '')) AS type,
           ${optional}
    FROM staging s
    LEFT JOIN ref_force f
        ON f.name = regexp_replace(replace(lower(trim(coalesce(s.force_name, ''))), '&', 'and'), '\s+', ' ', 'g')
), dated AS (
    SELECT t.*,
           TRY_CAST(substr(raw_fy, 1, 4) AS INTEGER) AS fy_start,
           regexp_full_match(raw_fy, '[0-9]{4}/[0-9]{2}')
               AND (TRY_CAST(substr(raw_fy, 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(raw_fy, 6, 2) AS INTEGER)
               AS good_fy,
           o.code IS NOT NULL AS known_type
    FROM typed t LEFT JOIN ref_outcome_type o ON o.code = t.type
)
SELECT *,
       CASE WHEN good_fy AND quarter_number IS NOT NULL
            THEN make_date(fy_start + CASE WHEN quarter_number = 4 THEN 1 ELSE 0 END,
                           CASE quarter_number WHEN 1 THEN 4 WHEN 2 THEN 7 WHEN 3 THEN 10 ELSE 1 END, 1) END AS month,
       CASE WHEN NOT good_fy THEN 'BAD_FINANCIAL_YEAR'
            WHEN quarter_number IS NULL THEN 'BAD_QUARTER'
            WHEN force_slug IS NULL THEN 'UNKNOWN_FORCE'
            WHEN code IS NULL THEN 'MISSING_OFFENCE_CODE'
            WHEN NOT known_type THEN 'UNKNOWN_OUTCOME_TYPE'
            ${countChecks}
       END AS reason,
       CASE WHEN NOT good_fy THEN raw_fy
            WHEN quarter_number IS NULL THEN quarter
            WHEN force_slug IS NULL THEN force_name
            WHEN code IS NULL THEN ''
            WHEN NOT known_type THEN outcome_type
            ${countValues}
       END AS value
FROM dated;
