-- PostgreSQL: COPY every street file into a table, then the same two queries as duckdb-groupby.sql.
CREATE TABLE street (crime_id text, month text, reported_by text, falls_within text, longitude text, latitude text,
    location text, lsoa_code text, lsoa_name text, crime_type text, last_outcome text, context text);
\i ${WORK}/copy.sql
CREATE TABLE cube AS
SELECT reported_by AS force, substr(month, 1, 4) AS year, crime_type,
       count(*) FILTER (WHERE coalesce(last_outcome, '') <> '') AS crimes,
       count(*) FILTER (WHERE last_outcome IN ('Under investigation', 'Status update unavailable')) AS pending,
       count(*) FILTER (WHERE last_outcome = 'Local resolution') AS cr
FROM street GROUP BY 1, 2, 3;
CREATE TABLE result AS
SELECT force, year, crime_type, GROUPING(force, year, crime_type) AS g,
       sum(crimes) AS crimes, sum(pending) AS pending, sum(cr) AS cr
FROM cube
GROUP BY GROUPING SETS ((), (force), (year), (crime_type), (force, year), (force, crime_type));
SELECT 'national' AS line, crimes, pending, cr, (SELECT count(*) FROM result) AS result_rows FROM result WHERE g = 7;
