package uk.crs.analytics.records;

import java.util.Map;
import tools.jackson.core.JsonGenerator;
import uk.crs.analytics.records.Reconciliation.Counts;
import uk.crs.analytics.report.JsonDocument;

/** The reconciliation statement as JSON (the contract in docs/force-records.md) and CSV. */
public final class ReconciliationOutput {

    private ReconciliationOutput() {}

    public static String json(Reconciliation.Result result) {
        return JsonDocument.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("disclosureControl", Reconciliation.INTERNAL_NOTE);
            g.writeStringProperty("force", result.force());
            g.writeObjectPropertyStart("period");
            g.writeStringProperty("from", result.from().toString());
            g.writeStringProperty("to", result.to().toString());
            g.writeEndObject();
            g.writeStringProperty("publishedVintage", result.vintage().toString());
            g.writeBooleanProperty("synthetic", result.synthetic());
            g.writeArrayPropertyStart("cells");
            for (Reconciliation.Cell c : result.cells()) {
                g.writeStartObject();
                g.writeStringProperty("month", c.month().toString());
                g.writeStringProperty("crimeType", c.crimeType());
                counts(g, "forceRecords", c.forceRecords());
                counts(g, "published", c.published());
                counts(g, "difference", c.difference());
                reasons(g, c.reasons());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("periods");
            for (Reconciliation.Period p : result.periods()) {
                g.writeStartObject();
                g.writeStringProperty("month", p.month().toString());
                counts(g, "forceRecords", p.forceRecords());
                counts(g, "published", p.published());
                counts(g, "difference", p.difference());
                reasons(g, p.waterfall());
                counts(g, "tolerance", p.tolerance());
                g.writeBooleanProperty("withinTolerance", p.withinTolerance());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("totals");
            counts(g, "forceRecords", result.forceRecords());
            counts(g, "published", result.published());
            counts(g, "difference", result.difference());
            reasons(g, result.waterfall());
            g.writeEndObject();
            g.writeStringProperty("status", result.status());
            g.writeObjectPropertyStart("homeOffice");
            g.writeStringProperty("note", Reconciliation.HOME_OFFICE_NOTE);
            g.writeArrayPropertyStart("quarters");
            for (Reconciliation.HomeOfficeQuarter q : result.homeOffice()) {
                g.writeStartObject();
                g.writeStringProperty("countBasis", q.basis());
                g.writeStringProperty("quarter", q.quarter());
                counts(g, "forceRecords", q.forceRecords());
                counts(g, "homeOffice", q.homeOffice());
                counts(g, "difference", q.difference());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayPropertyStart("toCheck");
            for (String ref : result.toCheck()) {
                g.writeString(ref);
            }
            g.writeEndArray();
            g.writeStringProperty(
                    "toCheckNote", "For internal use only: crime references behind the UNEXPLAINED residual.");
            g.writeEndObject();
        });
    }

    private static void counts(JsonGenerator g, String name, Counts c) {
        g.writeObjectPropertyStart(name);
        g.writeNumberProperty("crimes", c.crimes());
        g.writeNumberProperty("communityResolutions", c.communityResolutions());
        g.writeEndObject();
    }

    private static void reasons(JsonGenerator g, Map<String, Counts> reasons) {
        g.writeArrayPropertyStart("reasons");
        reasons.forEach((code, c) -> {
            g.writeStartObject();
            g.writeStringProperty("code", code);
            g.writeNumberProperty("crimes", c.crimes());
            g.writeNumberProperty("communityResolutions", c.communityResolutions());
            g.writeEndObject();
        });
        g.writeEndArray();
    }

    /** One line per cell and reason: month, crime type, the three totals and the reason's part. */
    public static String csv(Reconciliation.Result result) {
        StringBuilder out = new StringBuilder(
                "month,crime_type,force_crimes,force_crs,published_crimes,published_crs,difference_crimes,"
                        + "difference_crs,reason,reason_crimes,reason_crs\n");
        for (Reconciliation.Cell c : result.cells()) {
            String prefix = c.month() + "," + quote(c.crimeType()) + ","
                    + c.forceRecords().crimes() + ","
                    + c.forceRecords().communityResolutions() + ","
                    + c.published().crimes() + ","
                    + c.published().communityResolutions() + ","
                    + c.difference().crimes() + ","
                    + c.difference().communityResolutions();
            if (c.reasons().isEmpty()) {
                out.append(prefix).append(",,,\n");
            }
            c.reasons().forEach((code, n) -> out.append(prefix)
                    .append(',')
                    .append(code)
                    .append(',')
                    .append(n.crimes())
                    .append(',')
                    .append(n.communityResolutions())
                    .append('\n'));
        }
        return out.toString();
    }

    /** The words for each reason code, shared by this HTML and the /analysis/records page. */
    public static String meaning(String code) {
        switch (code) {
            case "CRIME_TYPE_DIFFERS":
                return "The crime was published under another crime type";
            case "RECORDED_MONTH_DIFFERS":
                return "The crime was published in another month";
            case "OUTCOME_AFTER_VINTAGE":
                return "The community resolution was recorded after the published download";
            case "OUTCOME_SUPERSEDED":
                return "A later outcome replaced the published community resolution";
            case "FORCE_NOT_PUBLISHING":
                return "The force published nothing for that month";
            case "NOT_YET_PUBLISHED":
                return "The month is after the published download";
            case "OUTSIDE_PUBLISHED_36_MONTHS":
                return "The month is older than the 36 months data.police.uk publishes";
            case Reconciliation.UNEXPLAINED:
                return "Not explained by the data: the residual";
            default:
                return code;
        }
    }

    /**
     * The statement as one self-contained HTML page, with the content of the /analysis/records reconciliation page:
     * status, totals three ways, the waterfall, each month's residual against its tolerance, the Home Office quarters
     * when loaded, and the crime references to check (internal use only). Counts are shown in full: this file is for
     * the force's own analysts, like the JSON and CSV.
     */
    public static String html(Reconciliation.Result r) {
        StringBuilder h = new StringBuilder();
        String title = "Reconciliation: " + r.force() + ", " + r.from() + " to " + r.to();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
                        + "color:#0b0c0c}table{border-collapse:collapse;margin:1em 0}th,td{border-bottom:1px solid"
                        + " #b1b4b6;padding:.3em .6em;text-align:left}td.n{text-align:right}caption{font-weight:bold;"
                        + "text-align:left;padding:.5em 0}.warn{border-left:5px solid #d4351c;padding:.5em 1em}"
                        + "</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"warn\" id=\"internal\">")
                .append(esc(Reconciliation.INTERNAL_NOTE))
                .append("</p>\n");
        if (r.synthetic()) {
            h.append("<p class=\"warn\" id=\"synthetic\"><strong>SYNTHETIC DATA: generated, not any force's"
                    + " records.</strong></p>\n");
        }
        h.append("<p id=\"status\">Status: <strong>")
                .append(esc(r.status()))
                .append("</strong>. Published vintage ")
                .append(r.vintage())
                .append(". FAIL when a month's unexplained residual exceeds its tolerance (2% of the force's count or ")
                .append(Reconciliation.TOLERANCE_MINIMUM)
                .append(", whichever is larger: a project default), ATTENTION when any residual is not zero or a month"
                        + " is unpublished, PASS otherwise.</p>\n");
        h.append("<table id=\"totals\"><caption>Totals</caption><tr><th>Source</th><th>Crimes</th>"
                + "<th>Community resolutions</th></tr>\n");
        row(h, "The force's records", r.forceRecords());
        row(h, "Published on data.police.uk (vintage " + r.vintage() + ")", r.published());
        row(h, "Difference (records minus published)", r.difference());
        h.append("</table>\n<table id=\"waterfall\"><caption>The difference explained (the waterfall)</caption>"
                + "<tr><th>Reason</th><th>What it means</th><th>Crimes</th><th>Community resolutions</th></tr>\n");
        r.waterfall().forEach((code, c) -> h.append("<tr><th>")
                .append(esc(code))
                .append("</th><td>")
                .append(esc(meaning(code)))
                .append("</td><td class=\"n\">")
                .append(c.crimes())
                .append("</td><td class=\"n\">")
                .append(c.communityResolutions())
                .append("</td></tr>\n"));
        h.append("</table>\n<table id=\"months\"><caption>Each month's residual against its tolerance</caption>"
                + "<tr><th>Month</th><th>Crimes in the records</th><th>Crimes published</th><th>Unexplained"
                + " crimes</th><th>Unexplained CRs</th><th>Tolerance</th><th>Within it</th></tr>\n");
        for (Reconciliation.Period p : r.periods()) {
            Counts residual = p.waterfall().getOrDefault(Reconciliation.UNEXPLAINED, new Counts(0, 0));
            h.append("<tr><th>")
                    .append(p.month())
                    .append("</th><td class=\"n\">")
                    .append(p.forceRecords().crimes())
                    .append("</td><td class=\"n\">")
                    .append(p.published().crimes())
                    .append("</td><td class=\"n\">")
                    .append(residual.crimes())
                    .append("</td><td class=\"n\">")
                    .append(residual.communityResolutions())
                    .append("</td><td>")
                    .append(p.tolerance().crimes())
                    .append(" crimes, ")
                    .append(p.tolerance().communityResolutions())
                    .append(" CRs</td><td>")
                    .append(p.withinTolerance() ? "Yes" : "No")
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h2 id=\"home-office\">Home Office outcomes tables</h2>\n<p>")
                .append(esc(Reconciliation.HOME_OFFICE_NOTE))
                .append("</p>\n");
        if (r.homeOffice().isEmpty()) {
            h.append("<p>No Home Office outcomes table of this force is loaded for this period.</p>\n");
        } else {
            h.append("<table><tr><th>Count basis</th><th>Quarter</th><th>Records: crimes</th><th>Records: CRs</th>"
                    + "<th>Home Office: crimes</th><th>Home Office: CRs</th><th>Difference: crimes</th>"
                    + "<th>Difference: CRs</th></tr>\n");
            for (Reconciliation.HomeOfficeQuarter q : r.homeOffice()) {
                h.append("<tr><td>")
                        .append(esc(q.basis()))
                        .append("</td><th>")
                        .append(esc(q.quarter()))
                        .append("</th>");
                for (Counts c : new Counts[] {q.forceRecords(), q.homeOffice(), q.difference()}) {
                    h.append("<td class=\"n\">")
                            .append(c.crimes())
                            .append("</td><td class=\"n\">")
                            .append(c.communityResolutions())
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2 id=\"to-check\">Crime references to check (internal use only)</h2>\n");
        if (r.toCheck().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<p>The records behind the unexplained residual; <code>published:</code> marks a published crime"
                    + " the records do not hold or link to.</p>\n<ul>\n");
            r.toCheck().forEach(ref -> h.append("<li>").append(esc(ref)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, String what, Counts c) {
        h.append("<tr><th>")
                .append(esc(what))
                .append("</th><td class=\"n\">")
                .append(c.crimes())
                .append("</td><td class=\"n\">")
                .append(c.communityResolutions())
                .append("</td></tr>\n");
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
