-- Reconciles a force's records with its published data.police.uk street files, at month x crime type
-- (docs/force-records.md). Parameters: ${force}, ${from}, ${to} (first days of months), ${vintageEnd} (last day of the
-- published vintage), ${oldestPublished} (first month of the 36 months published at that vintage).
-- One row per crime of the force; with several suspects, the crime's outcome is the latest one recorded.
CREATE OR REPLACE TEMP TABLE rec_force AS
SELECT crime_ref, month, crime_type, published_key, outcome_date, coalesce(outcome_type = '8', false) AS cr
FROM (
    SELECT *, row_number() OVER (PARTITION BY crime_ref ORDER BY outcome_date DESC NULLS LAST, line) AS k
    FROM force_record WHERE force_slug = ${force} AND month BETWEEN ${from} AND ${to}
) WHERE k = 1;
CREATE OR REPLACE TEMP TABLE rec_published AS
SELECT c.crime_key, s.month, s.crime_type, s.last_outcome = 'Local resolution' AS cr
FROM street_crime c JOIN street_summary s USING (cell)
WHERE s.force_slug = ${force} AND s.month BETWEEN ${from} AND ${to} AND s.crime_type <> 'Anti-social behaviour';
CREATE OR REPLACE TEMP TABLE rec_month AS SELECT DISTINCT month FROM street_summary WHERE force_slug = ${force};
-- Totals two ways per cell: the force's crimes and CRs, and the published ones (the street files' counts).
CREATE OR REPLACE TEMP TABLE rec_cell AS
WITH f AS (
    SELECT month, crime_type, count(*) AS crimes, count(*) FILTER (WHERE cr) AS crs FROM rec_force GROUP BY ALL
), p AS (
    SELECT month, crime_type, sum(n) AS crimes, coalesce(sum(n) FILTER (WHERE last_outcome = 'Local resolution'), 0) AS crs
    FROM street_summary
    WHERE force_slug = ${force} AND month BETWEEN ${from} AND ${to} AND crime_type <> 'Anti-social behaviour'
    GROUP BY ALL
)
SELECT month, crime_type, coalesce(f.crimes, 0) AS force_crimes, coalesce(f.crs, 0) AS force_crs,
       coalesce(p.crimes, 0)::BIGINT AS published_crimes, coalesce(p.crs, 0)::BIGINT AS published_crs
FROM f FULL OUTER JOIN p USING (month, crime_type);
-- Each crime's part in the difference (force minus published) that the data can explain, by reason code.
CREATE OR REPLACE TEMP TABLE rec_pair AS
SELECT f.crime_ref, f.month AS f_month, f.crime_type AS f_type, f.cr AS f_cr, f.outcome_date,
       p.crime_key, p.month AS p_month, p.crime_type AS p_type, p.cr AS p_cr
FROM rec_force f FULL OUTER JOIN rec_published p ON f.published_key = p.crime_key;
CREATE OR REPLACE TEMP TABLE rec_part AS
-- the same crime published in another month or under another crime type: it leaves one cell and enters another
SELECT f_month AS month, f_type AS crime_type,
       CASE WHEN f_month <> p_month THEN 'RECORDED_MONTH_DIFFERS' ELSE 'CRIME_TYPE_DIFFERS' END AS code,
       1 AS crimes, p_cr::INTEGER AS crs, NULL AS ref
FROM rec_pair WHERE crime_ref IS NOT NULL AND crime_key IS NOT NULL AND (f_month <> p_month OR f_type <> p_type)
UNION ALL
SELECT p_month, p_type, CASE WHEN f_month <> p_month THEN 'RECORDED_MONTH_DIFFERS' ELSE 'CRIME_TYPE_DIFFERS' END,
       -1, -(p_cr::INTEGER), NULL
FROM rec_pair WHERE crime_ref IS NOT NULL AND crime_key IS NOT NULL AND (f_month <> p_month OR f_type <> p_type)
UNION ALL
-- the same crime with a different outcome: explained when the force's outcome is dated after the vintage
SELECT f_month, f_type,
       CASE WHEN outcome_date > ${vintageEnd} AND f_cr THEN 'OUTCOME_AFTER_VINTAGE'
            WHEN outcome_date > ${vintageEnd} THEN 'OUTCOME_SUPERSEDED'
            ELSE 'UNEXPLAINED' END,
       0, f_cr::INTEGER - p_cr::INTEGER, crime_ref
FROM rec_pair WHERE crime_ref IS NOT NULL AND crime_key IS NOT NULL AND f_cr <> p_cr
UNION ALL
-- a crime the force holds for a month that is not published
SELECT f_month, f_type,
       CASE WHEN f_month IN (SELECT month FROM rec_month) THEN 'UNEXPLAINED'
            WHEN f_month < ${oldestPublished} THEN 'OUTSIDE_PUBLISHED_36_MONTHS'
            WHEN f_month > ${vintageEnd} THEN 'NOT_YET_PUBLISHED'
            ELSE 'FORCE_NOT_PUBLISHING' END,
       1, f_cr::INTEGER, crime_ref
FROM rec_pair WHERE crime_key IS NULL
UNION ALL
-- a published crime the force's records do not hold (or do not link to)
SELECT p_month, p_type, 'UNEXPLAINED', -1, -(p_cr::INTEGER), 'published:' || printf('%016x', crime_key)
FROM rec_pair WHERE crime_ref IS NULL;
