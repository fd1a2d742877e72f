-- Vintage rules for one data.police.uk file loaded on its own. ${table}: the table of this kind of file; ${checked}:
-- the checked rows (force_slug, month, reason); ${vintage}: the file's vintage, or NULL for the latest month of its rows.
CREATE OR REPLACE TEMP TABLE file_cov AS SELECT DISTINCT force_slug, month FROM ${checked} WHERE reason IS NULL;
CREATE OR REPLACE TEMP TABLE my_vintage AS
SELECT coalesce(${vintage}, (SELECT strftime(max(month), '%Y-%m') FROM file_cov)) AS vintage;
-- The files the store holds for the same force-months (a file stored before vintages were recorded counts as oldest).
CREATE OR REPLACE TEMP TABLE holder AS
SELECT DISTINCT t.force_slug, t.month, t.file_sha AS sha, i.path AS name, coalesce(i.vintage, '') AS vintage
FROM ${table} t JOIN ingested_file i ON i.sha256 = t.file_sha JOIN file_cov c USING (force_slug, month);
-- A different download of the same vintage: which is newer cannot be told.
CREATE OR REPLACE TEMP TABLE conflict AS
SELECT min(h.name) AS other, m.vintage, min(h.force_slug) AS force_slug, strftime(min(h.month), '%Y-%m') AS month
FROM holder h, my_vintage m WHERE h.vintage = m.vintage GROUP BY m.vintage;
-- The force-months this file becomes current for: those where the store holds nothing newer.
CREATE OR REPLACE TEMP TABLE coverage AS
SELECT c.* FROM file_cov c
WHERE NOT EXISTS (SELECT 1 FROM holder h, my_vintage m
                  WHERE h.force_slug = c.force_slug AND h.month = c.month AND h.vintage > m.vintage);
