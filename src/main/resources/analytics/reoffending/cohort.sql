-- The re-offending cohort, the Ministry of Justice way (docs/reoffending.md), for one force's records as at ${asAt}.
-- A disposal: a crime and person with outcome 1 (1A counts as 1), 2, 3, 6, 7, 8, 22 or 23, known by ${asAt}.
CREATE OR REPLACE TEMP TABLE disposal AS
SELECT person_key, crime_ref, offence_date, outcome_date, crime_type, age, sex,
       CASE outcome_type WHEN '1A' THEN 1 ELSE CAST(outcome_type AS INTEGER) END AS pathway
FROM force_record
WHERE force_slug = ${force} AND person_key IS NOT NULL AND outcome_date <= ${asAt}
  AND outcome_type IN ('1', '1A', '2', '3', '6', '7', '8', '22', '23');
-- Each person's first disposal whose outcome date falls in the period is their index; its outcome type their pathway.
CREATE OR REPLACE TEMP TABLE cohort AS
SELECT * EXCLUDE (k) FROM (
    SELECT d.*, row_number() OVER (PARTITION BY person_key ORDER BY outcome_date, offence_date, crime_ref) AS k
    FROM disposal d WHERE outcome_date BETWEEN ${from} AND ${to}
) WHERE k = 1;
-- A re-offence: another crime of the person committed after the index date and within 12 months of it, whose outcome
-- is recorded within 18 months of the index date (12 months' follow-up and 6 months' waiting period).
CREATE OR REPLACE TEMP TABLE reoffence AS
SELECT c.person_key, r.crime_ref, r.pathway IN (1, 2, 3) AS proven
FROM cohort c JOIN disposal r ON r.person_key = c.person_key AND r.crime_ref <> c.crime_ref
WHERE r.offence_date > c.outcome_date
  AND r.offence_date <= c.outcome_date + INTERVAL 12 MONTH
  AND r.outcome_date <= c.outcome_date + INTERVAL 18 MONTH;
-- One row per cohort member: pathway, the matching variables and both measures.
CREATE OR REPLACE TEMP TABLE cohort_person AS
SELECT c.person_key, c.pathway,
       CASE WHEN c.age IS NULL THEN 'unknown' WHEN c.age < 18 THEN '10-17' WHEN c.age < 25 THEN '18-24'
            WHEN c.age < 35 THEN '25-34' WHEN c.age < 50 THEN '35-49' ELSE '50+' END AS age_band,
       coalesce(upper(left(c.sex, 1)), 'U') AS sex,
       c.crime_type AS offence_group,
       least((SELECT count(DISTINCT p.crime_ref) FROM disposal p
              WHERE p.person_key = c.person_key AND p.outcome_date < c.outcome_date), 3) AS previous,
       coalesce(r.proven_n, 0) AS proven_reoffences,
       coalesce(r.any_n, 0) AS sanctioned_reoffences
FROM cohort c LEFT JOIN (
    SELECT person_key, count(DISTINCT crime_ref) FILTER (WHERE proven) AS proven_n, count(DISTINCT crime_ref) AS any_n
    FROM reoffence GROUP BY person_key
) r USING (person_key);
