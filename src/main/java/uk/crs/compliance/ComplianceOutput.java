package uk.crs.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import uk.crs.analytics.report.Interval;
import uk.crs.analytics.report.JsonDocument;
import uk.crs.analytics.report.ReportCharts;

/** A compliance statement as JSON, CSV or one self-contained HTML page; each states its disclosure method. */
public final class ComplianceOutput {

    /** How the rates, intervals and measures are defined, for every format's methods. */
    public static final String DEFINITIONS = "Rates are the count over the count named under \"of\"; a perturbed"
            + " count above its perturbed base is taken as the base. Wilson score 95% intervals (Wilson 1927; Newcombe"
            + " 1998). Decisions against policy: cases closed as community resolutions whose decision was"
            + " NOT_PERMITTED, or AUTHORISATION_REQUIRED without an authorisation by the required rank. Offence"
            + " classes reserved for formal action: indictable-only, sexual, and simple possession of a weapon, from"
            + " the offence catalogue. Time from offence to close is counted in days from the offence date to the"
            + " closure; the bands are this project's (derived): 182 days is the six months within which a summary"
            + " offence must be charged (Magistrates' Courts Act 1980 s.127).";

    private ComplianceOutput() {}

    public static String json(ComplianceReport r) {
        return JsonDocument.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("title", r.title());
            if (r.force().isPresent()) {
                g.writeStringProperty("force", r.force().get());
            } else {
                g.writeNullProperty("force");
            }
            g.writeObjectPropertyStart("period");
            g.writeStringProperty("from", r.from().toString());
            g.writeStringProperty("to", r.to().toString());
            g.writeEndObject();
            g.writeBooleanProperty("internal", r.internal());
            g.writeStringProperty("disclosure", r.internal() ? "internal: true counts" : "cell key perturbation");
            g.writeArrayPropertyStart("measures");
            for (Measure m : Measure.values()) {
                g.writeStartObject();
                g.writeStringProperty("name", m.field());
                g.writeStringProperty("label", m.label());
                Measure base = m.base();
                if (base == null) {
                    g.writeNullProperty("rateOf");
                } else {
                    g.writeStringProperty("rateOf", base.field());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("months");
            for (ComplianceReport.Row row : r.months()) {
                row(g, row);
            }
            g.writeEndArray();
            g.writeName("total");
            row(g, r.total());
            if (r.internal()) {
                g.writeArrayPropertyStart("againstPolicy");
                for (String ref : r.againstPolicy()) {
                    g.writeString(ref);
                }
                g.writeEndArray();
            }
            g.writeStringProperty("methods", r.method());
            g.writeEndObject();
        });
    }

    private static void row(JsonGenerator g, ComplianceReport.Row row) {
        g.writeStartObject();
        if (row.month() != null) {
            g.writeStringProperty("month", row.month().toString());
        }
        for (Measure m : Measure.values()) {
            g.writeNumberProperty(m.field(), row.count(m));
        }
        g.writeObjectPropertyStart("rates");
        for (Measure m : Measure.values()) {
            if (m.base() == null) {
                continue;
            }
            g.writeObjectPropertyStart(m.field());
            Double rate = row.rate(m);
            if (rate == null) {
                g.writeNullProperty("rate");
            } else {
                g.writeNumberProperty("rate", rate);
            }
            JsonDocument.interval(g, "ci95", row.ci95(m));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** One line per month and a TOTAL line; the methods as a last comment-like line. */
    public static String csv(ComplianceReport r) {
        StringBuilder out = new StringBuilder("month");
        for (Measure m : Measure.values()) {
            out.append(',').append(m.field());
        }
        out.append('\n');
        for (ComplianceReport.Row row : r.months()) {
            csvRow(out, String.valueOf(row.month()), row);
        }
        csvRow(out, "TOTAL", r.total());
        out.append("\"").append(r.method().replace("\"", "\"\"")).append("\"\n");
        return out.toString();
    }

    private static void csvRow(StringBuilder out, String label, ComplianceReport.Row row) {
        out.append(label);
        for (Measure m : Measure.values()) {
            out.append(',').append(row.count(m));
        }
        out.append('\n');
    }

    public static String html(ComplianceReport r) {
        StringBuilder out = new StringBuilder(
                        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(r.title()))
                .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:70em}"
                        + "table{border-collapse:collapse}th,td{border:1px solid #505a5f;padding:.25em .5em}"
                        + "td.n{text-align:right}</style></head><body><main>\n<h1>")
                .append(escape(r.title()))
                .append("</h1>\n");
        out.append("<p>")
                .append(escape(
                        r.internal()
                                ? Compliance.INTERNAL_NOTE
                                : "Counts are perturbed for disclosure"
                                        + " control (see Methods): small counts are shown, never withheld, and may differ from the"
                                        + " true count by up to 2."))
                .append("</p>\n");
        out.append(htmlBody(r));
        out.append("</main></body></html>\n");
        return out.toString();
    }

    /** The tables and methods, without the page around them (the web page embeds this). */
    public static String htmlBody(ComplianceReport r) {
        StringBuilder out = new StringBuilder("<h2>Rates over the period</h2>\n<table><caption>Rates, ")
                .append(escape(r.from() + " to " + r.to()))
                .append(", with Wilson 95% intervals</caption>\n<thead><tr><th scope=\"col\">measure</th>"
                        + "<th scope=\"col\">count</th><th scope=\"col\">of</th><th scope=\"col\">rate</th>"
                        + "<th scope=\"col\">95% interval</th></tr></thead><tbody>\n");
        ComplianceReport.Row t = r.total();
        for (Measure m : Measure.values()) {
            Measure base = m.base();
            out.append("<tr><th scope=\"row\">")
                    .append(escape(m.label()))
                    .append("</th><td class=\"n\">")
                    .append(t.count(m))
                    .append("</td><td>")
                    .append(base == null ? "" : escape(base.label()) + " (" + t.count(base) + ")")
                    .append("</td><td class=\"n\">")
                    .append(percent(t.rate(m)))
                    .append("</td><td>")
                    .append(interval(t.ci95(m)))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n<h2>By month of closure</h2>\n<table><caption>Counts by month</caption>\n"
                + "<thead><tr><th scope=\"col\">month</th>");
        for (Measure m : Measure.values()) {
            out.append("<th scope=\"col\">").append(escape(m.label())).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (ComplianceReport.Row row : r.months()) {
            out.append("<tr><th scope=\"row\">").append(row.month()).append("</th>");
            for (Measure m : Measure.values()) {
                out.append("<td class=\"n\">").append(row.count(m)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        if (r.internal()) {
            out.append("<h2>Decisions against policy, for follow-up (internal)</h2>\n");
            if (r.againstPolicy().isEmpty()) {
                out.append("<p>None.</p>\n");
            } else {
                out.append("<ul>");
                r.againstPolicy()
                        .forEach(ref -> out.append("<li>").append(escape(ref)).append("</li>"));
                out.append("</ul>\n");
            }
        }
        out.append("<h2>Methods</h2>\n<p>")
                .append(escape(r.method()))
                .append("</p>\n<p>")
                .append(escape(DEFINITIONS))
                .append("</p>\n");
        return out.toString();
    }

    private static String percent(@Nullable Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }

    private static String interval(@Nullable Interval ci) {
        return ci == null ? "" : ReportCharts.interval(ci);
    }

    /**
     * One measure over the whole period as a reader reads it: how many, out of how many of what, the share and its
     * Wilson 95% interval (from the statement's counts, so perturbed unless the statement is internal).
     *
     * @param base the measure this one is a share of; null for the number closed, which is no share
     * @param of the base's count over the period (0 when there is no base)
     * @param share the share as a percentage, or "" when there is no base or the base is zero
     * @param interval the Wilson 95% interval as "a% to b%", or ""
     */
    public record MeasureLine(
            Measure measure, long count, @Nullable Measure base, long of, String share, String interval) {

        public String label() {
            return measure.label();
        }
    }

    /** Every measure over the whole period, in the statement's order. */
    public static List<MeasureLine> lines(ComplianceReport r) {
        ComplianceReport.Row t = r.total();
        List<MeasureLine> lines = new ArrayList<>();
        for (Measure m : Measure.values()) {
            Measure base = m.base();
            lines.add(new MeasureLine(
                    m, t.count(m), base, base == null ? 0 : t.count(base), percent(t.rate(m)), interval(t.ci95(m))));
        }
        return lines;
    }

    /**
     * The rates table as CSV: one line a measure with its count, the count it is a share of, the share and its Wilson
     * 95% interval as fractions (empty where there is no share); the methods as a last line.
     */
    public static String ratesCsv(ComplianceReport r) {
        StringBuilder out = new StringBuilder("measure,label,count,rateOf,rateOfCount,rate,ci95Low,ci95High\n");
        ComplianceReport.Row t = r.total();
        for (Measure m : Measure.values()) {
            Measure base = m.base();
            Double rate = t.rate(m);
            Interval ci = t.ci95(m);
            out.append(m.field())
                    .append(",\"")
                    .append(m.label().replace("\"", "\"\""))
                    .append("\",")
                    .append(t.count(m))
                    .append(',')
                    .append(base == null ? "" : base.field())
                    .append(',')
                    .append(base == null ? "" : String.valueOf(t.count(base)))
                    .append(',')
                    .append(rate == null ? "" : String.format(Locale.ROOT, "%.4f", rate))
                    .append(',')
                    .append(ci == null ? "" : String.format(Locale.ROOT, "%.4f", ci.low()))
                    .append(',')
                    .append(ci == null ? "" : String.format(Locale.ROOT, "%.4f", ci.high()))
                    .append('\n');
        }
        out.append("\"").append(r.method().replace("\"", "\"\"")).append("\"\n");
        return out.toString();
    }

    /** Community resolutions closed by month as an inline SVG column chart, titled with the force's name. */
    public static String chart(ComplianceReport r, String forceName) {
        List<String> months = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        for (ComplianceReport.Row row : r.months()) {
            months.add(String.valueOf(row.month()));
            closed.add(row.count(Measure.CLOSED));
        }
        return ReportCharts.columns(
                "CRs closed by month, " + forceName + ", " + r.from() + " to " + r.to(),
                months,
                closed,
                "month of closure",
                "community resolutions closed" + (r.internal() ? " (true counts)" : " (perturbed counts)"));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
