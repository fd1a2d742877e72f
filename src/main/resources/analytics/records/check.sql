-- Checks each staged row of a force extract; a non-null reason rejects the row. Never copies person_key into value.
CREATE OR REPLACE TEMP TABLE checked AS
WITH parsed AS (
    SELECT s.*, f.slug AS force_slug,
           TRY_CAST(trim(s.offence_date_text) AS DATE) AS offence_date,
           TRY_CAST(trim(s.recorded_date_text) AS DATE) AS recorded_date,
           TRY_CAST(nullif(trim(s.outcome_date_text), '') AS DATE) AS outcome_date,
           upper(nullif(trim(s.outcome_type_text), '')) AS outcome_type,
           TRY_CAST(nullif(trim(s.age_text), '') AS INTEGER) AS age,
           t.crime_type IS NOT NULL AS known_type
    FROM staging s
    LEFT JOIN ref_force f ON f.name = lower(regexp_replace(replace(trim(s.force_text), '&', 'and'), '\s+', ' ', 'g'))
        OR f.slug = lower(trim(s.force_text))
    LEFT JOIN ref_crime_type t ON t.crime_type = trim(s.crime_type_text)
), reasons AS (
    SELECT p.*,
        CASE
            WHEN NOT columns_ok THEN 'WRONG_COLUMN_COUNT'
            WHEN crime_ref IS NULL THEN 'MISSING_CRIME_REF'
            WHEN force_slug IS NULL THEN 'UNKNOWN_FORCE'
            WHEN offence_date IS NULL THEN 'BAD_OFFENCE_DATE'
            WHEN recorded_date IS NULL THEN 'BAD_RECORDED_DATE'
            WHEN recorded_date < offence_date THEN 'RECORDED_BEFORE_OFFENCE'
            WHEN NOT known_type THEN 'UNKNOWN_CRIME_TYPE'
            WHEN outcome_type IS NOT NULL AND outcome_type NOT IN (SELECT code FROM ref_records_outcome)
                THEN 'UNKNOWN_OUTCOME_TYPE'
            WHEN outcome_type IS NOT NULL AND outcome_date IS NULL THEN 'BAD_OUTCOME_DATE'
            WHEN outcome_type IS NULL AND nullif(trim(outcome_date_text), '') IS NOT NULL THEN 'OUTCOME_DATE_WITHOUT_TYPE'
            WHEN outcome_date < offence_date THEN 'OUTCOME_BEFORE_OFFENCE'
            WHEN nullif(trim(age_text), '') IS NOT NULL AND (age IS NULL OR age < 0 OR age > 120) THEN 'BAD_AGE'
            WHEN row_number() OVER (PARTITION BY crime_ref, person_key ORDER BY line) > 1 THEN 'DUPLICATE_ROW'
        END AS reason
    FROM parsed p
)
SELECT *,
    CASE reason
        WHEN 'UNKNOWN_FORCE' THEN force_text
        WHEN 'BAD_OFFENCE_DATE' THEN offence_date_text
        WHEN 'BAD_RECORDED_DATE' THEN recorded_date_text
        WHEN 'RECORDED_BEFORE_OFFENCE' THEN recorded_date_text
        WHEN 'UNKNOWN_CRIME_TYPE' THEN crime_type_text
        WHEN 'UNKNOWN_OUTCOME_TYPE' THEN outcome_type_text
        WHEN 'BAD_OUTCOME_DATE' THEN outcome_date_text
        WHEN 'OUTCOME_DATE_WITHOUT_TYPE' THEN outcome_date_text
        WHEN 'OUTCOME_BEFORE_OFFENCE' THEN outcome_date_text
        WHEN 'BAD_AGE' THEN age_text
        WHEN 'DUPLICATE_ROW' THEN crime_ref
        WHEN 'WRONG_COLUMN_COUNT' THEN columns_found::VARCHAR || ' columns'
    END AS value
FROM reasons;
