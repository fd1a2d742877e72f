-- The same work as crs ingest + crs report, written by hand: read every street file and count crimes with a
-- published outcome, pending and community resolutions by force, year and crime type.
SET memory_limit = '512MB';
CREATE TABLE result AS
SELECT "Reported by" AS force, year(CAST("Month" || '-01' AS DATE)) AS year, "Crime type" AS crime_type,
       count(*) FILTER (WHERE "Last outcome category" IS NOT NULL AND "Last outcome category" <> '') AS crimes,
       count(*) FILTER (WHERE "Last outcome category" IN ('Under investigation', 'Status update unavailable')) AS pending,
       count(*) FILTER (WHERE "Last outcome category" = 'Local resolution') AS cr
FROM read_csv('${DATA}/*/*-street.csv', header = true, all_varchar = true)
GROUP BY ALL;
SELECT sum(crimes), sum(pending), sum(cr), count(*) FROM result;
