-- Loads the accepted files of a batch. For each force and month, the file of the latest vintage is current, among the
-- batch's files and the file the store holds, whatever the order they arrived in (equal vintages with different
-- content were refused before this script, so the order only breaks ties between files the store had before vintages
-- were recorded, whose vintage counts as older than any).
CREATE OR REPLACE TEMP TABLE file_cov AS
SELECT c.file, b.sha, b.ord, c.force_slug, c.month, v.vintage
FROM batch_cov c JOIN batch_file b USING (file) JOIN file_vintage v USING (file)
WHERE c.file NOT IN (SELECT file FROM refused);
CREATE OR REPLACE TEMP TABLE holder AS
SELECT DISTINCT t.force_slug, t.month, t.file_sha AS sha, coalesce(i.vintage, '') AS vintage
FROM street_summary t JOIN ingested_file i ON i.sha256 = t.file_sha
WHERE EXISTS (SELECT 1 FROM file_cov f WHERE f.force_slug = t.force_slug AND f.month = t.month);
CREATE OR REPLACE TEMP TABLE winner AS
SELECT force_slug, month, arg_max(sha, vintage || lpad(CAST(ord + 1 AS VARCHAR), 10, '0')) AS sha
FROM (SELECT force_slug, month, sha, vintage, ord FROM file_cov
      UNION ALL SELECT force_slug, month, sha, vintage, -1 FROM holder)
GROUP BY force_slug, month;
-- Force-months whose current file changes, the store's files that lose them, and the batch's files that lose.
CREATE OR REPLACE TEMP TABLE renewed AS
SELECT w.* FROM winner w
WHERE NOT EXISTS (SELECT 1 FROM holder h WHERE h.force_slug = w.force_slug AND h.month = w.month AND h.sha = w.sha);
CREATE OR REPLACE TEMP TABLE replaced AS
SELECT DISTINCT h.sha AS file_sha, w.sha AS by_sha FROM holder h JOIN renewed w USING (force_slug, month);
CREATE OR REPLACE TEMP TABLE lost AS
SELECT f.file, f.sha, f.force_slug, f.month, w.sha AS by_sha
FROM file_cov f JOIN winner w USING (force_slug, month) WHERE f.sha <> w.sha;
CREATE OR REPLACE TEMP TABLE accepted AS
SELECT b.sha, c.*
FROM batch_checked c JOIN batch_file b USING (file) JOIN renewed w ON w.sha = b.sha AND w.force_slug = c.force_slug
    AND w.month = c.month
WHERE c.reason IS NULL;
DELETE FROM street_crime WHERE cell IN (SELECT t.cell FROM street_summary t JOIN renewed w USING (force_slug, month));
DELETE FROM street_summary USING renewed w
    WHERE street_summary.force_slug = w.force_slug AND street_summary.month = w.month;
INSERT INTO street_summary SELECT sha, cell, month, force_slug, crime_type, last_outcome, n FROM accepted;
INSERT INTO street_crime
SELECT cell, unnest(crime_keys) FROM raw_cell WHERE cell IN (SELECT cell FROM accepted);
INSERT INTO ingested_file
SELECT b.sha, b.name, 'STREET',
       coalesce((SELECT string_agg(DISTINCT f.force_slug, ' ') || ' ' || strftime(min(f.month), '%Y-%m')
                 FROM file_cov f WHERE f.file = b.file), ''),
       coalesce((SELECT sum(a.n) FROM accepted a WHERE a.sha = b.sha), 0), s.rejected, ${now}, NULL, v.vintage
FROM batch_file b JOIN file_stats s USING (file) JOIN file_vintage v USING (file)
WHERE b.file NOT IN (SELECT file FROM refused);
UPDATE ingested_file SET superseded_by = r.by_sha FROM replaced r
    WHERE ingested_file.sha256 = r.file_sha AND ingested_file.superseded_by IS NULL;
UPDATE ingested_file SET superseded_by = l.by_sha FROM lost l
    WHERE ingested_file.sha256 = l.sha AND ingested_file.superseded_by IS NULL;
