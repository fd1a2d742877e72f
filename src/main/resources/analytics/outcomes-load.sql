-- coverage (file-vintage.sql): the force-months this file is current for; older downloads' rows there are replaced.
DELETE FROM outcome_event USING coverage c
    WHERE outcome_event.force_slug = c.force_slug AND outcome_event.month = c.month;
INSERT INTO outcome_event
    SELECT ${sha}, crime_id, crime_key(crime_id), month, force_slug, outcome FROM checked k
    WHERE reason IS NULL AND EXISTS (SELECT 1 FROM coverage c WHERE c.force_slug = k.force_slug AND c.month = k.month);
