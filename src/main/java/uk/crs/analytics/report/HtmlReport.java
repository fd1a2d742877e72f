package uk.crs.analytics.report;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.crs.analytics.report.Counts.Measure;

/** The report as one self-contained HTML page (inline CSS and SVG, no scripts or external files) that reads offline. */
final class HtmlReport {

    private static final String STYLE =
            "body{font-family:Arial,sans-serif;margin:2em auto;max-width:60em;color:#0b0c0c}"
                    + "table{border-collapse:collapse;margin:1em 0}td,th{border-bottom:1px solid #b1b4b6;padding:.25em .6em;"
                    + "text-align:right}td:first-child,th:first-child{text-align:left}.chart{width:100%;height:auto;"
                    + "max-width:720px}.flag{color:#d4351c;font-weight:bold}.muted{color:#505a5f}";

    private HtmlReport() {}

    static String render(Report report, Disclosure d) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + Html.escape(report.title()) + "</title><style>" + STYLE + "</style></head><body>");
        h.append("<h1>").append(Html.escape(report.title())).append("</h1>");
        h.append("<p class=\"muted\">")
                .append(Html.escape(Definitions.disclosure(d)))
                .append("</p>");
        h.append(coverage(report));
        Line national = report.national();
        h.append("<p>Nationally, ")
                .append(shareText(national, national.counts().shareOfAssigned(), d))
                .append(" of crimes with an assigned outcome and ")
                .append(shareText(national, national.counts().shareOfCrimes(), d))
                .append(" of crimes with a published outcome ended in a community resolution.</p>");
        h.append("<h2>Funnel plot</h2>").append(ReportCharts.funnel(report, d)).append("<ul>");
        ReportCharts.funnelCaption(report, d)
                .forEach(line -> h.append("<li>").append(Html.escape(line)).append("</li>"));
        h.append("</ul>");
        h.append("<p class=\"muted\">National share ")
                .append(SvgCharts.percent(report.funnel().target()))
                .append("; over-dispersion phi = ")
                .append(String.format(Locale.ROOT, "%.2f", report.funnel().phi()))
                .append(", tau\u00b2 = ")
                .append(String.format(Locale.ROOT, "%.5f", report.funnel().tau2()))
                .append(".</p>");
        h.append("<h2>Forces</h2>").append(ReportCharts.forceBars(report, d));
        h.append(table(report, Line.Table.FORCE, d));
        h.append("<h2>Trend by year</h2>").append(ReportCharts.trend(report, d));
        h.append(table(report, Line.Table.YEAR, d));
        h.append("<h2>By crime type</h2>").append(table(report, Line.Table.CRIME_TYPE, d));
        if (report.source() == Source.POLICE_UK) {
            h.append(seriousOffences(report, d));
        }
        if (!report.offences().isEmpty()) {
            h.append(offences(report, d));
        }
        h.append("<h2>Forces by year</h2>").append(table(report, Line.Table.FORCE_YEAR, d));
        h.append("<h2>Forces by crime type</h2>").append(table(report, Line.Table.FORCE_CRIME_TYPE, d));
        h.append("<h2>Methods</h2><p>Source: ")
                .append(Html.escape(report.source().description()))
                .append(" (")
                .append(Html.escape(report.basis()))
                .append("). Period: ")
                .append(Html.escape(report.period()))
                .append(".</p><ul>");
        Definitions.of(report)
                .forEach(def -> h.append("<li>").append(Html.escape(def)).append("</li>"));
        return h.append("</ul></body></html>\n").toString();
    }

    /** What is loaded, force by force, before any figure: months as runs, so a gap shows as a gap. */
    private static String coverage(Report report) {
        if (report.coverage().isEmpty()) {
            return "<h2>Coverage</h2><p>This source is a published table, not monthly files: its coverage is the"
                    + " period above.</p>";
        }
        StringBuilder t = new StringBuilder("<h2>Coverage</h2><p>Which months of which forces are loaded. National"
                + " figures pool whatever is loaded, so compare forces over the months they share.</p>"
                + "<table><tr><th>Force</th><th>What is loaded</th><th>Months loaded</th><th>Number of months</th>"
                + "</tr>");
        for (ForceCoverage c : report.coverage()) {
            t.append("<tr><td>")
                    .append(Html.escape(ForceNames.of(c.slug())))
                    .append("</td><td>")
                    .append(Html.escape(c.state().words()))
                    .append("</td><td>")
                    .append(Html.escape(c.monthRuns()))
                    .append("</td><td>")
                    .append(c.months().size())
                    .append("</td></tr>");
        }
        return t.append("</table>").toString();
    }

    /** CRs in crime types that deserve a second look, nationally and for each force that recorded any. */
    private static String seriousOffences(Report report, Disclosure d) {
        StringBuilder t = new StringBuilder("<h2>Community resolutions in serious crime types</h2><p>Flags for"
                + " follow-up, not findings: the published crime types are broad.</p>");
        for (SeriousOffenceFlags.Flag flag : SeriousOffenceFlags.FLAGS) {
            t.append("<h3>")
                    .append(Html.escape(flag.crimeType()))
                    .append("</h3><p>Why flagged: ")
                    .append(Html.escape(flag.why()))
                    .append(". Caveat: ")
                    .append(Html.escape(flag.caveat()))
                    .append(".</p><table><tr><th>Where</th><th>Crimes</th><th>Pending</th><th>CRs</th>"
                            + "<th>Share of crimes</th><th>Share of assigned</th></tr>");
            for (Line l : SeriousOffenceFlags.lines(report, flag)) {
                t.append("<tr><td>")
                        .append(Html.escape(l.forceSlug() == null ? "All forces loaded" : ForceNames.of(l.forceSlug())))
                        .append("</td>");
                cells(t, l, d);
                t.append("</tr>");
            }
            t.append("</table>");
        }
        return t.toString();
    }

    private static String table(Report report, Line.Table table, Disclosure d) {
        StringBuilder t = new StringBuilder("<table><tr><th>");
        t.append(
                switch (table) {
                    case FORCE, FORCE_YEAR, FORCE_CRIME_TYPE -> "Force";
                    case YEAR -> "Year";
                    default -> "Crime type";
                });
        if (table == Line.Table.FORCE_YEAR) {
            t.append("</th><th>Year");
        } else if (table == Line.Table.FORCE_CRIME_TYPE) {
            t.append("</th><th>Crime type");
        }
        t.append("</th><th>Crimes</th><th>Pending</th><th>CRs</th><th>Share of crimes</th><th>Share of assigned</th>");
        t.append(
                        table == Line.Table.FORCE
                                ? "<th>Share of crimes: 95% interval</th><th>Share of assigned: 95% interval</th>"
                                        + "<th>Against the national rate</th>"
                                : "")
                .append("</tr>");
        for (Line l : report.table(table)) {
            t.append("<tr><td>");
            t.append(Html.escape(
                    switch (table) {
                        case FORCE, FORCE_YEAR, FORCE_CRIME_TYPE -> ForceNames.of(l.forceSlug());
                        case YEAR -> String.valueOf(l.year());
                        default -> String.valueOf(l.crimeType());
                    }));
            if (table == Line.Table.FORCE_YEAR) {
                t.append("</td><td>").append(l.year());
            } else if (table == Line.Table.FORCE_CRIME_TYPE) {
                t.append("</td><td>").append(Html.escape(String.valueOf(l.crimeType())));
            }
            t.append("</td>");
            if (!l.outcomeData()) {
                t.append("<td colspan=\"")
                        .append(table == Line.Table.FORCE ? 8 : 5)
                        .append("\" class=\"muted\">no outcome data</td></tr>");
                continue;
            }
            cells(t, l, d);
            if (table == Line.Table.FORCE) {
                ForceStats s = report.stats(Objects.requireNonNull(l.forceSlug()));
                boolean hide = d.hidesShares(l);
                Interval crimes = s.shareOfCrimesCi95();
                Interval assigned = s.shareOfAssignedCi95();
                t.append("<td>")
                        .append(hide || crimes == null ? "[c]" : SvgCharts.interval(crimes))
                        .append("</td><td>")
                        .append(hide || assigned == null ? "[c]" : SvgCharts.interval(assigned))
                        .append("</td><td>")
                        .append(
                                hide || s.funnel() == null
                                        ? ""
                                        : Html.escape(s.funnel().words()))
                        .append("</td>");
            }
            t.append("</tr>");
        }
        return t.append("</table>").toString();
    }

    private static void cells(StringBuilder t, Line l, Disclosure d) {
        for (Measure m : Measure.values()) {
            t.append("<td>")
                    .append(
                            d.hides(l, m)
                                    ? Html.escape(d.label(l, m))
                                    : String.format(
                                            Locale.ROOT, "%,d", l.counts().get(m)))
                    .append("</td>");
        }
        t.append("<td>")
                .append(shareText(l, l.counts().shareOfCrimes(), d))
                .append("</td><td>")
                .append(shareText(l, l.counts().shareOfAssigned(), d))
                .append("</td>");
    }

    private static String shareText(Line l, @Nullable Double share, Disclosure d) {
        return d.hidesShares(l) ? "[c]" : share == null ? "n/a" : SvgCharts.percent(share);
    }

    private static String offences(Report report, Disclosure d) {
        StringBuilder t = new StringBuilder("<h2>By offence code</h2><p>Flagged: community resolutions recorded for"
                + " offences in classes that guidance reserves for formal action.</p><table><tr><th>Code</th>"
                + "<th>Offence</th><th>Crimes</th><th>Pending</th><th>CRs</th><th>Share of crimes</th>"
                + "<th>Share of assigned</th><th>Reserved class</th></tr>");
        for (OffenceLine o : report.offences()) {
            Line l = report.offenceLine(o);
            t.append("<tr><td>")
                    .append(Html.escape(o.code()))
                    .append("</td><td>")
                    .append(Html.escape(o.description()))
                    .append("</td>");
            cells(t, l, d);
            t.append("<td")
                    .append(o.flagged() ? " class=\"flag\">" : ">")
                    .append(Html.escape(String.join(", ", o.reservedClasses())))
                    .append("</td></tr>");
        }
        return t.append("</table>").toString();
    }
}
