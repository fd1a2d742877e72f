package uk.crs.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report's charts as inline SVG (no script, no external file): the funnel plot, the force bars and the yearly trend.
 * The HTML report and the web app's analysis pages draw the same charts from the same report.
 */
public final class ReportCharts {

    private ReportCharts() {}

    /** Each force's share of assigned outcomes against the national share, with 95% and 99.8% limits. */
    public static String funnel(Report report, Disclosure d) {
        return SvgCharts.funnel(
                "Funnel plot: CRs as a share of assigned outcomes by force, " + report.period(),
                report.funnel(),
                funnelPoints(report, d));
    }

    /**
     * The funnel plot's points in words, for under the chart: each force outside the adjusted 95% limits with its
     * share and position ("well above the national rate ..."), then the forces in line with it.
     */
    public static List<String> funnelCaption(Report report, Disclosure d) {
        return SvgCharts.funnelCaption(funnelPoints(report, d));
    }

    private static List<SvgCharts.FunnelPoint> funnelPoints(Report report, Disclosure d) {
        List<SvgCharts.FunnelPoint> points = new ArrayList<>();
        for (Line l : report.table(Line.Table.FORCE)) {
            Double share = l.counts().shareOfAssigned();
            if (share != null && !d.hidesShares(l)) {
                points.add(new SvgCharts.FunnelPoint(
                        ForceNames.of(l.forceSlug()),
                        l.counts().assigned(),
                        share,
                        report.stats(Objects.requireNonNull(l.forceSlug())).funnel()));
            }
        }
        return points;
    }

    /** Each force's share of assigned outcomes as a bar, with its Wilson 95% interval as a whisker. */
    public static String forceBars(Report report, Disclosure d) {
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (Line l : report.table(Line.Table.FORCE)) {
            boolean hidden = d.hidesShares(l);
            Double share = hidden ? null : l.counts().shareOfAssigned();
            String note = !l.outcomeData() ? "no outcome data" : hidden ? "withheld (small numbers)" : "";
            bars.add(new SvgCharts.Bar(
                    ForceNames.of(l.forceSlug()),
                    share,
                    hidden
                            ? null
                            : report.stats(Objects.requireNonNull(l.forceSlug()))
                                    .shareOfAssignedCi95(),
                    note));
        }
        Line national = report.national();
        return SvgCharts.bars(
                bars,
                "CRs as a share of assigned outcomes, by force, " + report.period(),
                d.hidesShares(national) ? null : national.counts().shareOfAssigned());
    }

    /** Both shares year by year. */
    public static String trend(Report report, Disclosure d) {
        List<double[]> assigned = new ArrayList<>();
        List<double[]> crimes = new ArrayList<>();
        for (Line l : report.table(Line.Table.YEAR)) {
            if (!d.hidesShares(l) && l.year() != null) {
                Double a = l.counts().shareOfAssigned();
                Double c = l.counts().shareOfCrimes();
                if (a != null) {
                    assigned.add(new double[] {l.year(), a});
                }
                if (c != null) {
                    crimes.add(new double[] {l.year(), c});
                }
            }
        }
        return SvgCharts.trend(
                "Trend by year: CRs as a share of outcomes, " + report.period(),
                List.of(
                        new SvgCharts.Series("share of assigned outcomes", "#1d70b8", assigned),
                        new SvgCharts.Series("share of crimes with a published outcome", "#f47738", crimes)),
                "share that were CRs");
    }

    /**
     * Counts along a time axis as columns (for example community resolutions closed by month), with the chart's title
     * and both axes' titles; the same drawing code as the report's charts.
     */
    public static String columns(String title, List<String> labels, List<Long> counts, String xLabel, String yLabel) {
        return SvgCharts.columns(title, labels, counts, xLabel, yLabel);
    }

    /**
     * An interval as "a% to b%", with as many decimals as it takes for the two ends to print differently, as the
     * report's tables and charts print it.
     */
    public static String interval(Interval ci) {
        return SvgCharts.interval(ci);
    }
}
