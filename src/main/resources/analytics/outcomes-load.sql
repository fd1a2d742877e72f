CREATE OR REPLACE TEMP TABLE coverage AS SELECT DISTINCT force_slug, month FROM checked WHERE reason IS NULL;
DELETE FROM outcome_event USING coverage c
    WHERE outcome_event.force_slug = c.force_slug AND outcome_event.month = c.month;
INSERT INTO outcome_event
    SELECT ${sha}, crime_id, crime_key(crime_id), month, force_slug, outcome FROM checked WHERE reason IS NULL;
