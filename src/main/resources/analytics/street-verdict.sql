-- The verdict on each distinct raw (month, force, outcome) key of verdict_key(raw_month, reported_by, last_outcome),
-- whose values are never null: a non-null reason rejects the rows with that key. Included by street-check.sql (one
-- file) and street-batch.sql (a batch of files) as ${verdict}, so both apply the same checks.
CREATE OR REPLACE TEMP TABLE verdict AS
WITH typed AS (
    SELECT k.*, f.slug AS force_slug, nullif(trim(k.last_outcome), '') AS outcome, o.label AS known_outcome,
           regexp_full_match(trim(k.raw_month), '[0-9]{4}-(0[1-9]|1[0-2])') AS good_month
    FROM verdict_key k
    LEFT JOIN ref_force f ON f.name = regexp_replace(replace(lower(trim(k.reported_by)), '&', 'and'), '\s+', ' ', 'g')
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
