-- A batch of street files staged together. StreetBatch makes batch_file(file, sha, name, ord) and, in one scan of the
-- files, raw_cell(file, raw_month, reported_by, raw_type, raw_outcome, n, crime_keys, cell): the rows counted by their
-- raw cell (file, month, force, crime type, outcome), with the list of the cell's crime keys, so that the checks and
-- joins below work on thousands of cells, not millions of rows. cell is a hash of the cell's values.
CREATE OR REPLACE TEMP TABLE verdict AS
WITH k AS (SELECT DISTINCT raw_month, reported_by, raw_outcome AS last_outcome FROM raw_cell),
typed AS (
    SELECT k.*, f.slug AS force_slug, nullif(trim(k.last_outcome), '') AS outcome, o.label AS known_outcome,
           regexp_full_match(trim(k.raw_month), '[0-9]{4}-(0[1-9]|1[0-2])') AS good_month
    FROM k
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
CREATE OR REPLACE TEMP TABLE refused (file VARCHAR);
CREATE OR REPLACE TEMP TABLE lost (file VARCHAR, force_slug VARCHAR, month DATE);
CREATE OR REPLACE TEMP TABLE batch_checked AS
SELECT c.file, c.cell, c.n, nullif(trim(c.raw_type), '') AS crime_type, v.force_slug, v.month,
       v.outcome AS last_outcome, v.reason
FROM raw_cell c JOIN verdict v
    ON c.raw_month = v.raw_month AND c.reported_by = v.reported_by AND c.raw_outcome = v.last_outcome;
CREATE OR REPLACE TEMP TABLE file_stats AS
SELECT b.file, b.ord, coalesce(sum(c.n), 0) AS rows, coalesce(sum(c.n) FILTER (WHERE c.reason IS NOT NULL), 0) AS rejected
FROM batch_file b LEFT JOIN batch_checked c USING (file) GROUP BY b.file, b.ord;
