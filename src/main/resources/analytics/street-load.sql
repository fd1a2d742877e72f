-- Latest download wins: rows of earlier files for the same force and month are replaced.
DELETE FROM street_crime USING (SELECT DISTINCT force_slug, month FROM verdict WHERE reason IS NULL) c
    WHERE street_crime.force_slug = c.force_slug AND street_crime.month = c.month;
DELETE FROM street_summary USING (SELECT DISTINCT force_slug, month FROM verdict WHERE reason IS NULL) c
    WHERE street_summary.force_slug = c.force_slug AND street_summary.month = c.month;
INSERT INTO street_crime
    SELECT ${sha}, md5_number(crime_id), month, force_slug, crime_type, last_outcome
    FROM checked WHERE reason IS NULL AND crime_id IS NOT NULL;
INSERT INTO street_summary
    SELECT ${sha}, month, force_slug, crime_type, last_outcome, count(*)
    FROM checked WHERE reason IS NULL GROUP BY month, force_slug, crime_type, last_outcome;
