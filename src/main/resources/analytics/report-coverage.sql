-- Months loaded per force for data.police.uk street files, and whether any of the force's crimes have an outcome.
SELECT force_slug, strftime(month, '%Y-%m') AS month, sum(n) FILTER (WHERE last_outcome IS NOT NULL) AS with_outcome
FROM street_summary
WHERE month BETWEEN ? AND ?
GROUP BY force_slug, month
ORDER BY force_slug, month;
