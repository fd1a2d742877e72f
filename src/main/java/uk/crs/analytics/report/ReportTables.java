package uk.crs.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.crs.analytics.report.Counts.Measure;

/**
 * A report's tables as rows of display text, withheld cells already replaced, for pages that lay them out themselves
 * (the web app's analysis pages). The text is the HTML report's: counts with thousands separators, shares to one
 * decimal place, intervals with as many decimals as it takes for their ends to differ.
 */
public final class ReportTables {

    /**
     * One row: what it is about ({@code label}, and for force rows the force's {@code slug}), its counts and shares,
     * and for force rows the two intervals and the funnel position in words (empty elsewhere).
     */
    public record Row(
            String label,
            @Nullable String slug,
            boolean outcomeData,
            String crimes,
            String pending,
            String communityResolutions,
            String shareOfCrimes,
            String shareOfAssigned,
            String shareOfCrimesCi95,
            String shareOfAssignedCi95,
            String position) {}

    private ReportTables() {}

    /** The rows of one table of the report (force, year, crime type, or the national line). */
    public static List<Row> rows(Report report, Line.Table table, Disclosure d) {
        List<Row> rows = new ArrayList<>();
        for (Line l : report.table(table)) {
            rows.add(row(report, l, d));
        }
        return rows;
    }

    /** The national line. */
    public static Row national(Report report, Disclosure d) {
        return row(report, report.national(), d);
    }

    /** The disclosure position of a report, in one sentence. */
    public static String disclosure(Disclosure d) {
        return Definitions.disclosure(d);
    }

    /** The definitions and methods the report states. */
    public static List<String> methods(Report report) {
        return Definitions.of(report);
    }

    /** A force's name from its data.police.uk slug. */
    public static String forceName(String slug) {
        return ForceNames.of(slug);
    }

    private static Row row(Report report, Line l, Disclosure d) {
        boolean hide = d.hidesShares(l);
        String crimesCi = "";
        String assignedCi = "";
        String position = "";
        if (l.table() == Line.Table.FORCE && l.forceSlug() != null) {
            ForceStats s = report.stats(l.forceSlug());
            crimesCi = interval(hide, s.shareOfCrimesCi95());
            assignedCi = interval(hide, s.shareOfAssignedCi95());
            position = hide || s.funnel() == null ? "" : s.funnel().words();
        }
        return new Row(
                label(l),
                l.forceSlug(),
                l.outcomeData(),
                count(l, Measure.CRIMES, d),
                count(l, Measure.PENDING, d),
                count(l, Measure.COMMUNITY_RESOLUTIONS, d),
                share(hide, l.counts().shareOfCrimes()),
                share(hide, l.counts().shareOfAssigned()),
                crimesCi,
                assignedCi,
                position);
    }

    private static String label(Line l) {
        return switch (l.table()) {
            case NATIONAL -> "All forces loaded";
            case FORCE, FORCE_YEAR, FORCE_CRIME_TYPE -> ForceNames.of(l.forceSlug());
            case YEAR -> String.valueOf(l.year());
            case CRIME_TYPE, OFFENCE -> String.valueOf(l.crimeType());
        };
    }

    private static String count(Line l, Measure m, Disclosure d) {
        return d.hides(l, m)
                ? d.label(l, m)
                : String.format(Locale.ROOT, "%,d", l.counts().get(m));
    }

    private static String share(boolean hide, @Nullable Double share) {
        return hide ? "[c]" : share == null ? "n/a" : SvgCharts.percent(share);
    }

    private static String interval(boolean hide, @Nullable Interval ci) {
        return hide ? "[c]" : ci == null ? "n/a" : SvgCharts.interval(ci);
    }
}
