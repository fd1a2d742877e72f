package uk.crs.compliance;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import uk.crs.analytics.report.Interval;
import uk.crs.analytics.report.JsonDocument;

/** A compliance statement as JSON, CSV or one self-contained HTML page; each states its disclosure method. */
public final class ComplianceOutput {

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
                .append(escape("Rates are the count over the count named under \"of\"; a perturbed count above its"
                        + " perturbed base is taken as the base. Wilson score 95% intervals (Wilson 1927; Newcombe"
                        + " 1998). Decisions against policy: cases closed as community resolutions whose decision"
                        + " was NOT_PERMITTED, or AUTHORISATION_REQUIRED without an authorisation by the required"
                        + " rank. Offence classes reserved for formal action: indictable-only, sexual, and simple"
                        + " possession of a weapon, from the offence catalogue."))
                .append("</p>\n");
        return out.toString();
    }

    private static String percent(@Nullable Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }

    private static String interval(@Nullable Interval ci) {
        return ci == null ? "" : String.format(Locale.ROOT, "%.1f%% to %.1f%%", 100 * ci.low(), 100 * ci.high());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
