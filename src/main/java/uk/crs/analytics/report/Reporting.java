package uk.crs.analytics.report;

import java.sql.SQLException;
import java.util.List;
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
            List<ForceCoverage> coverage = query.coverage(request);
            if (request.source() != Source.POLICE_UK) {
                return ReportBuilder.build(
                        request,
                        query.facts(request),
                        coverage,
                        "Period: the whole period of the table (this source has no monthly file coverage, so there"
                                + " is no common period to choose).");
            }
            if (request.period() == PeriodMode.ALL) {
                return ReportBuilder.build(
                        request,
                        query.facts(request),
                        coverage,
                        "Period: all months loaded (--period all); forces may cover different months, listed in the"
                                + " coverage table.");
            }
            CommonPeriod common = CommonPeriod.of(coverage);
            if (common.forces() == 0) {
                return ReportBuilder.build(
                        request,
                        query.facts(request),
                        coverage,
                        "Period: all months loaded (no force has outcome data here, so there is no common period).");
            }
            if (common.months().isEmpty()) {
                throw new IllegalArgumentException("no month in the requested period is loaded for every force with"
                        + " outcome data, so there is no common period; use --period all, or --from/--to, or --force");
            }
            ReportRequest narrowed = request.within(common.first(), common.last());
            return ReportBuilder.build(narrowed, query.facts(narrowed), coverage, common.note());
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
