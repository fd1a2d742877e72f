-- A force's own records (docs/force-records.md). One row per crime and suspect; person_ref is never stored: person_key
-- is its HMAC-SHA-256 under the key in $CRS_HOME/person-key. published_key links a crime to its data.police.uk
-- street record (crime_key of the optional police_uk_id column) when the force supplies it.
CREATE TABLE IF NOT EXISTS force_record (
    file_sha VARCHAR NOT NULL, line BIGINT NOT NULL, force_slug VARCHAR NOT NULL, crime_ref VARCHAR NOT NULL,
    person_key VARCHAR, published_key UBIGINT, offence_date DATE NOT NULL, recorded_date DATE NOT NULL,
    month DATE NOT NULL, ho_offence_code VARCHAR, crime_type VARCHAR NOT NULL, outcome_type VARCHAR,
    outcome_date DATE, age INTEGER, sex VARCHAR, ethnicity VARCHAR
);
-- One row per loaded extract: its force, the recorded months it covers and the date it runs to (its latest date).
CREATE TABLE IF NOT EXISTS force_extract (
    file_sha VARCHAR PRIMARY KEY, force_slug VARCHAR NOT NULL, first_month DATE NOT NULL, last_month DATE NOT NULL,
    as_at DATE NOT NULL, synthetic BOOLEAN NOT NULL
);
