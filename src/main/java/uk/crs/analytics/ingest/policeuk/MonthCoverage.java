package uk.crs.analytics.ingest.policeuk;

/** The force and month span of a data.police.uk file, as recorded with the file. */
final class MonthCoverage {

    static final String SQL = "SELECT string_agg(DISTINCT force_slug, ' ' ORDER BY force_slug) || ' '"
            + " || strftime(min(month), '%Y-%m') || CASE WHEN min(month) < max(month) THEN ' to '"
            + " || strftime(max(month), '%Y-%m') ELSE '' END FROM checked WHERE reason IS NULL";

    private MonthCoverage() {}
}
