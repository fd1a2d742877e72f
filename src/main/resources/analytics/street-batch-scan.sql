-- The one scan of a batch of street files: counts the rows of each raw cell (file, month, force, crime type, last
-- outcome) and collects the crime keys of its rows, so no row-level table is written. The single pass over the CSV
-- text is most of the cost of a batch. ${files} is a list literal of paths; ${csv} the read_csv options and columns.
CREATE OR REPLACE TEMP TABLE raw_cell AS
SELECT *, hash(file, raw_month, reported_by, raw_type, raw_outcome) AS cell
FROM (
    SELECT filename AS file, coalesce(month, '') AS raw_month, coalesce(reported_by, '') AS reported_by,
           coalesce(crime_type, '') AS raw_type, coalesce(last_outcome, '') AS raw_outcome, count(*) AS n,
           list(crime_key(crime_id)) FILTER (WHERE crime_id IS NOT NULL AND (length(crime_id) = 64 OR trim(crime_id) <> ''))
               AS crime_keys
    FROM read_csv(${files}, filename = true, ${csv})
    GROUP BY ALL
);
