package uk.crs.analytics.ingest.policeuk;

/** The force and month span of a data.police.uk file, as recorded with the file. */
final class MonthCoverage {

    private MonthCoverage() {}

    /** A query over a table with force_slug, month and reason columns. */
    static String from(String table) {
        return "SELECT string_agg(DISTINCT force_slug, ' ' ORDER BY force_slug) || ' '"
                + " || strftime(min(month), '%Y-%m') || CASE WHEN min(month) < max(month) THEN ' to '"
                + " || strftime(max(month), '%Y-%m') ELSE '' END FROM " + table + " WHERE reason IS NULL";
    }
}
