-- PostgreSQL: COPY every street file into a table, then the same GROUP BY.
CREATE TABLE street (crime_id text, month text, reported_by text, falls_within text, longitude text, latitude text,
    location text, lsoa_code text, lsoa_name text, crime_type text, last_outcome text, context text);
\i ${WORK}/copy.sql
CREATE TABLE result AS
SELECT reported_by AS force, substr(month, 1, 4) AS year, crime_type,
       count(*) FILTER (WHERE coalesce(last_outcome, '') <> '') AS crimes,
       count(*) FILTER (WHERE last_outcome IN ('Under investigation', 'Status update unavailable')) AS pending,
       count(*) FILTER (WHERE last_outcome = 'Local resolution') AS cr
FROM street GROUP BY 1, 2, 3;
SELECT sum(crimes), sum(pending), sum(cr), count(*) FROM result;
