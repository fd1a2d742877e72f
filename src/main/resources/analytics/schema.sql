-- The analytics store. Every loaded row carries the sha256 of the file it came from.
CREATE TABLE IF NOT EXISTS ingested_file (
    sha256 VARCHAR PRIMARY KEY,
    path VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    coverage VARCHAR NOT NULL,
    rows_loaded BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    superseded_by VARCHAR
);
-- Crime-level street rows keep an md5 of the Crime ID (16 bytes, stable across DuckDB versions) rather than the
-- 64-character ID itself: storing 10 million random strings dominated ingest time. Outcomes keep the ID too.
CREATE TABLE IF NOT EXISTS street_crime (
    file_sha VARCHAR NOT NULL, crime_key UHUGEINT NOT NULL, month DATE NOT NULL, force_slug VARCHAR NOT NULL,
    crime_type VARCHAR, last_outcome VARCHAR
);
CREATE TABLE IF NOT EXISTS street_summary (
    file_sha VARCHAR NOT NULL, month DATE NOT NULL, force_slug VARCHAR NOT NULL, crime_type VARCHAR,
    last_outcome VARCHAR, n BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS outcome_event (
    file_sha VARCHAR NOT NULL, crime_id VARCHAR NOT NULL, crime_key UHUGEINT NOT NULL, month DATE NOT NULL, force_slug VARCHAR NOT NULL,
    outcome VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS home_office_outcome (
    file_sha VARCHAR NOT NULL, fy_start INTEGER NOT NULL, quarter INTEGER NOT NULL, month DATE NOT NULL,
    force_slug VARCHAR NOT NULL, offence_code VARCHAR NOT NULL, offence_description VARCHAR,
    offence_group VARCHAR, outcome_type VARCHAR NOT NULL, basis VARCHAR NOT NULL, n BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS count_row (
    file_sha VARCHAR NOT NULL, dataset VARCHAR NOT NULL, year INTEGER, force_slug VARCHAR, crime_type VARCHAR,
    outcome VARCHAR, n BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS reject (
    file_sha VARCHAR NOT NULL, path VARCHAR NOT NULL, line BIGINT NOT NULL, reason VARCHAR NOT NULL,
    value VARCHAR
);
CREATE OR REPLACE VIEW outcome_history AS
SELECT o.crime_id, s.force_slug, s.month AS crime_month, s.crime_type, s.last_outcome,
       o.month AS outcome_month, o.outcome
FROM street_crime s JOIN outcome_event o USING (crime_key);
