package uk.crs.analytics.report;

import java.sql.SQLException;
import uk.crs.analytics.AnalyticsStore;

/** Builds community-resolution reports from the analytics store and renders them. */
public final class Reporting {

    private final AnalyticsStore store;

    public Reporting(AnalyticsStore store) {
        this.store = store;
    }

    /** The report's data; throws IllegalArgumentException for a request the store cannot answer. */
    public Report report(ReportRequest request) {
        try {
            ReportQuery query = new ReportQuery(store.connection());
            return ReportBuilder.build(request, query.facts(request), query.coverage(request));
        } catch (SQLException e) {
            throw new IllegalStateException("report query failed: " + e.getMessage(), e);
        }
    }

    /** What a report withholds: nothing, or small-number suppression when {@code suppress}. */
    public static Disclosure disclosure(Report report, boolean suppress) {
        return suppress ? Suppression.apply(report) : Disclosure.NONE;
    }

    /** One table of the report as CSV, in the columns of the whole report's CSV. */
    public static String csv(Report report, Line.Table table, Disclosure disclosure) {
        return CsvReport.render(report, disclosure, table::equals);
    }

    /** The coverage table as CSV: force, slug, what is loaded, the months as runs and how many. */
    public static String coverageCsv(Report report) {
        return CsvReport.coverage(report);
    }

    /** The report in a format; {@code suppress} applies small-number suppression. */
    public static String render(Report report, ReportFormat format, boolean suppress) {
        Disclosure disclosure = disclosure(report, suppress);
        return switch (format) {
            case JSON -> JsonReport.render(report, disclosure);
            case CSV -> CsvReport.render(report, disclosure);
            case HTML -> HtmlReport.render(report, disclosure);
        };
    }
}
