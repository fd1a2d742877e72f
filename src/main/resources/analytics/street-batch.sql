-- A batch of street files staged together. StreetBatch makes batch_file(file, sha, name, ord, vintage) and, in one scan of the
-- files, raw_cell(file, raw_month, reported_by, raw_type, raw_outcome, n, crime_keys, cell): the rows counted by their
-- raw cell (file, month, force, crime type, outcome), with the list of the cell's crime keys, so that the checks and
-- joins below work on thousands of cells, not millions of rows. cell is a hash of the cell's values.
CREATE OR REPLACE TEMP VIEW verdict_key AS
SELECT DISTINCT raw_month, reported_by, raw_outcome AS last_outcome FROM raw_cell;
${verdict}
CREATE OR REPLACE TEMP TABLE refused (file VARCHAR);
CREATE OR REPLACE TEMP TABLE batch_checked AS
SELECT c.file, c.cell, c.n, nullif(trim(c.raw_type), '') AS crime_type, v.force_slug, v.month,
       v.outcome AS last_outcome, v.reason
FROM raw_cell c JOIN verdict v
    ON c.raw_month = v.raw_month AND c.reported_by = v.reported_by AND c.raw_outcome = v.last_outcome;
CREATE OR REPLACE TEMP TABLE file_stats AS
SELECT b.file, b.ord, coalesce(sum(c.n), 0) AS rows, coalesce(sum(c.n) FILTER (WHERE c.reason IS NOT NULL), 0) AS rejected
FROM batch_file b LEFT JOIN batch_checked c USING (file) GROUP BY b.file, b.ord;
