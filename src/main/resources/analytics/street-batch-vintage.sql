-- Vintages of a batch's files and the conflicts among them. A file's vintage is the one given with it (its download's
-- latest month), or else the latest month of its own accepted rows. batch_cov: the force-months each file covers.
CREATE OR REPLACE TEMP TABLE batch_cov AS
SELECT DISTINCT file, force_slug, month FROM batch_checked
WHERE reason IS NULL AND file NOT IN (SELECT file FROM refused);
CREATE OR REPLACE TEMP TABLE file_vintage AS
SELECT b.file, coalesce(b.vintage, (SELECT strftime(max(c.month), '%Y-%m') FROM batch_cov c WHERE c.file = b.file))
    AS vintage
FROM batch_file b;
-- A different download of the same vintage as another for the same force and month, in the store or earlier in the
-- batch: which one is newer cannot be told, so the later one is refused (identical files never get here: they have
-- the same sha256 and are "already ingested").
CREATE OR REPLACE TEMP TABLE conflict AS
WITH mine AS (
    SELECT c.file, c.force_slug, c.month, b.ord, v.vintage
    FROM batch_cov c JOIN batch_file b USING (file) JOIN file_vintage v USING (file)
), other AS (
    SELECT DISTINCT t.force_slug, t.month, i.path AS name, -1 AS ord, i.vintage
    FROM street_summary t JOIN ingested_file i ON i.sha256 = t.file_sha
    WHERE EXISTS (SELECT 1 FROM mine m WHERE m.force_slug = t.force_slug AND m.month = t.month)
    UNION ALL
    SELECT m.force_slug, m.month, b.name, m.ord, m.vintage FROM mine m JOIN batch_file b USING (file)
)
SELECT m.file, min(o.name) AS other, m.vintage, min(m.force_slug) AS force_slug, strftime(min(m.month), '%Y-%m') AS month
FROM mine m JOIN other o ON o.force_slug = m.force_slug AND o.month = m.month AND o.vintage = m.vintage AND o.ord < m.ord
GROUP BY m.file, m.vintage;
