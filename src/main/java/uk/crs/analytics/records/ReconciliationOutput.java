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

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
