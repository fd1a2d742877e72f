-- Crimes with a published outcome (non-blank last outcome), pending and community resolutions by force, year, type.
-- Parameters: from month, to month (first days), force slug or NULL twice.
SELECT s.force_slug, CAST(year(s.month) AS INTEGER) AS year, s.crime_type,
       coalesce(sum(s.n) FILTER (WHERE s.last_outcome IS NOT NULL), 0) AS crimes,
       coalesce(sum(s.n) FILTER (WHERE o.pending), 0) AS pending,
       coalesce(sum(s.n) FILTER (WHERE o.cr), 0) AS cr,
       min(s.month) AS first_month, max(s.month) AS last_month
FROM street_summary s LEFT JOIN ref_outcome o ON o.label = s.last_outcome
WHERE s.month BETWEEN ? AND ? AND (CAST(? AS VARCHAR) IS NULL OR s.force_slug = ?)
GROUP BY s.force_slug, year(s.month), s.crime_type
