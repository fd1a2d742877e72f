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
-- The download's vintage (YYYY-MM, the latest month its archive or folder covers): for a force and month, the file of
-- the latest vintage is current, whatever the order of ingestion. Stores made before vintages gain the column (NULL:
-- older than any vintage).
ALTER TABLE ingested_file ADD COLUMN IF NOT EXISTS vintage VARCHAR;
-- street_summary counts a file's crimes by month, force, crime type and last outcome; each such cell has a key, and
-- street_crime lists the crimes of each cell by a 64-bit key of their Crime ID (see crime_key below). Keeping
-- crime-level rows this narrow (two numbers) is what makes ingesting 10 million rows fast.
CREATE TABLE IF NOT EXISTS street_summary (
    file_sha VARCHAR NOT NULL, cell UBIGINT NOT NULL, month DATE NOT NULL, force_slug VARCHAR NOT NULL,
    crime_type VARCHAR, last_outcome VARCHAR, n BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS street_crime (cell UBIGINT NOT NULL, crime_key UBIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS outcome_event (
    file_sha VARCHAR NOT NULL, crime_id VARCHAR NOT NULL, crime_key UBIGINT NOT NULL, month DATE NOT NULL, force_slug VARCHAR NOT NULL,
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
SELECT o.crime_id, m.force_slug, m.month AS crime_month, m.crime_type, m.last_outcome,
       o.month AS outcome_month, o.outcome
FROM street_crime s JOIN street_summary m USING (cell) JOIN outcome_event o USING (crime_key);
-- A Crime ID's key: data.police.uk IDs are 64 hex digits, so their first 16 digits make a stable 64-bit key (a clash
-- needs two of the nation's crimes to share 64 random bits); any other ID falls back to DuckDB's hash.
-- The first, cheap form is tried first: trimming ten million IDs costs more than parsing them, and when the first 16
-- characters are hex digits the untrimmed and trimmed keys are the same.
CREATE OR REPLACE TEMP MACRO crime_key(id) AS coalesce(TRY_CAST('0x' || left(id, 16) AS UBIGINT),
    TRY_CAST('0x' || left(trim(id), 16) AS UBIGINT), hash(trim(id)));
