-- The same work as crs ingest + crs report, written by hand: read every street file and count crimes with a
-- published outcome, pending and community resolutions for exactly the tables the JSON report shows: national, by
-- force, year and crime type, and by force-year and force-crime type. The files are scanned once into the
-- force x year x crime type cube; the other tables are its sums (GROUPING SETS over the small cube).
SET memory_limit = '512MB';
CREATE TABLE cube AS
SELECT "Reported by" AS force, year(CAST("Month" || '-01' AS DATE)) AS year, "Crime type" AS crime_type,
       count(*) FILTER (WHERE "Last outcome category" IS NOT NULL AND "Last outcome category" <> '') AS crimes,
       count(*) FILTER (WHERE "Last outcome category" IN ('Under investigation', 'Status update unavailable')) AS pending,
       count(*) FILTER (WHERE "Last outcome category" = 'Local resolution') AS cr
FROM read_csv('${DATA}/*/*-street.csv', header = true, all_varchar = true)
GROUP BY ALL;
CREATE TABLE result AS
SELECT force, year, crime_type, GROUPING(force, year, crime_type) AS g,
       sum(crimes) AS crimes, sum(pending) AS pending, sum(cr) AS cr
FROM cube
GROUP BY GROUPING SETS ((), (force), (year), (crime_type), (force, year), (force, crime_type));
SELECT 'national' AS line, crimes, pending, cr, (SELECT count(*) FROM result) AS result_rows FROM result WHERE g = 7;
