-- Home Office: crimes = outcomes of types 0 to 22, pending = type 0, CR = type 8, in one count basis only.
-- Parameters: basis, from month, to month, force slug or NULL twice.
SELECT force_slug, fy_start AS year, coalesce(offence_group, offence_description, offence_code) AS crime_type,
       sum(n) AS crimes,
       coalesce(sum(n) FILTER (WHERE outcome_type = '0'), 0) AS pending,
       coalesce(sum(n) FILTER (WHERE outcome_type = '8'), 0) AS cr,
       min(month) AS first_month, CAST(max(month) + INTERVAL 2 MONTH AS DATE) AS last_month
FROM home_office_outcome
WHERE basis = ? AND month BETWEEN ? AND ? AND (CAST(? AS VARCHAR) IS NULL OR force_slug = ?)
GROUP BY force_slug, fy_start, coalesce(offence_group, offence_description, offence_code)
