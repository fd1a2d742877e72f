-- Loads the accepted files of a batch. Within the batch, the later file wins each force and month; against the
-- store, the batch wins (latest download wins).
CREATE OR REPLACE TEMP TABLE file_cov AS
SELECT DISTINCT c.file, b.ord, c.force_slug, c.month
FROM batch_checked c JOIN batch_file b USING (file)
WHERE c.reason IS NULL AND c.file NOT IN (SELECT file FROM refused);
CREATE OR REPLACE TEMP TABLE winner AS
SELECT force_slug, month, max(ord) AS ord FROM file_cov GROUP BY force_slug, month;
INSERT INTO lost SELECT f.file, f.force_slug, f.month FROM file_cov f JOIN winner w USING (force_slug, month)
    WHERE f.ord < w.ord;
CREATE OR REPLACE TEMP TABLE accepted AS
SELECT b.sha, c.* FROM batch_checked c JOIN batch_file b USING (file)
WHERE c.reason IS NULL AND c.file NOT IN (SELECT file FROM refused)
  AND NOT EXISTS (SELECT 1 FROM lost l WHERE l.file = c.file AND l.force_slug = c.force_slug AND l.month = c.month);
CREATE OR REPLACE TEMP TABLE replaced AS
SELECT DISTINCT t.file_sha, b.sha AS by_sha
FROM street_summary t JOIN winner w USING (force_slug, month) JOIN batch_file b ON b.ord = w.ord;
DELETE FROM street_crime WHERE cell IN (SELECT t.cell FROM street_summary t JOIN winner w USING (force_slug, month));
DELETE FROM street_summary USING winner w
    WHERE street_summary.force_slug = w.force_slug AND street_summary.month = w.month;
INSERT INTO street_summary SELECT sha, cell, month, force_slug, crime_type, last_outcome, n FROM accepted;
INSERT INTO street_crime
SELECT cell, unnest(crime_keys) FROM raw_cell WHERE cell IN (SELECT cell FROM accepted);
INSERT INTO ingested_file
SELECT b.sha, b.name, 'STREET',
       coalesce((SELECT string_agg(DISTINCT f.force_slug, ' ') || ' ' || strftime(min(f.month), '%Y-%m')
                 FROM file_cov f WHERE f.file = b.file), ''),
       s.rows - s.rejected, s.rejected, ${now}, NULL
FROM batch_file b JOIN file_stats s USING (file) WHERE b.file NOT IN (SELECT file FROM refused);
UPDATE ingested_file SET superseded_by = r.by_sha FROM replaced r
    WHERE ingested_file.sha256 = r.file_sha AND ingested_file.superseded_by IS NULL;
UPDATE ingested_file SET superseded_by = b2.sha
    FROM lost l JOIN batch_file b1 ON b1.file = l.file JOIN winner w USING (force_slug, month)
    JOIN batch_file b2 ON b2.ord = w.ord
    WHERE ingested_file.sha256 = b1.sha AND ingested_file.superseded_by IS NULL;
