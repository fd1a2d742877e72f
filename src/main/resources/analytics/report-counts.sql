-- Aggregated counts: crimes = rows with an outcome label, pending and CR as for data.police.uk.
-- Parameters: dataset, from year, to year, force slug or NULL twice.
SELECT c.force_slug, c.year, c.crime_type,
       coalesce(sum(c.n) FILTER (WHERE c.outcome IS NOT NULL), 0) AS crimes,
       coalesce(sum(c.n) FILTER (WHERE o.pending), 0) AS pending,
       coalesce(sum(c.n) FILTER (WHERE o.cr), 0) AS cr,
       make_date(min(c.year), 1, 1) AS first_month, make_date(max(c.year), 12, 1) AS last_month
FROM count_row c LEFT JOIN ref_outcome o ON o.label = c.outcome
WHERE c.dataset = ? AND (c.year IS NULL OR c.year BETWEEN ? AND ?)
  AND (CAST(? AS VARCHAR) IS NULL OR c.force_slug = ?)
GROUP BY c.force_slug, c.year, c.crime_type
