-- Replaces the force's rows in the recorded months the new extract covers (a newer extract wins) and inserts it.
DELETE FROM force_record WHERE force_slug = ${force} AND month BETWEEN ${firstMonth} AND ${lastMonth};
INSERT INTO force_record
SELECT ${sha}, line, force_slug, crime_ref, person_key, CASE WHEN published_id IS NULL THEN NULL ELSE crime_key(published_id) END,
       offence_date, recorded_date, date_trunc('month', recorded_date)::DATE, nullif(trim(ho_offence_code), ''),
       trim(crime_type_text), outcome_type, outcome_date, age, nullif(trim(sex), ''), nullif(trim(ethnicity), '')
FROM checked WHERE reason IS NULL;
INSERT INTO reject SELECT ${sha}, ${path}, line, reason, value FROM checked WHERE reason IS NOT NULL;
