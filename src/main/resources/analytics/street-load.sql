-- coverage (file-vintage.sql): the force-months this file is current for; older downloads' rows there are replaced.
DELETE FROM street_crime WHERE cell IN
    (SELECT t.cell FROM street_summary t JOIN coverage c ON t.force_slug = c.force_slug AND t.month = c.month);
DELETE FROM street_summary USING coverage c
    WHERE street_summary.force_slug = c.force_slug AND street_summary.month = c.month;
CREATE OR REPLACE TEMP TABLE keyed AS
SELECT hash(${sha}, CAST(month AS VARCHAR), force_slug, coalesce(crime_type, ''), coalesce(last_outcome, '')) AS cell, *
FROM checked k
WHERE reason IS NULL AND EXISTS (SELECT 1 FROM coverage c WHERE c.force_slug = k.force_slug AND c.month = k.month);
INSERT INTO street_summary
    SELECT ${sha}, cell, month, force_slug, crime_type, last_outcome, count(*)
    FROM keyed GROUP BY cell, month, force_slug, crime_type, last_outcome;
INSERT INTO street_crime SELECT cell, crime_key(crime_id) FROM keyed WHERE crime_id IS NOT NULL;
