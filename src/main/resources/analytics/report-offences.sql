-- Home Office counts by offence code. Parameters as report-home-office.sql.
SELECT offence_code, coalesce(max(offence_description), offence_code) AS description,
       sum(n) AS crimes,
       coalesce(sum(n) FILTER (WHERE outcome_type = '0'), 0) AS pending,
       coalesce(sum(n) FILTER (WHERE outcome_type = '8'), 0) AS cr
FROM home_office_outcome
WHERE basis = ? AND month BETWEEN ? AND ? AND (CAST(? AS VARCHAR) IS NULL OR force_slug = ?)
GROUP BY offence_code
ORDER BY offence_code
