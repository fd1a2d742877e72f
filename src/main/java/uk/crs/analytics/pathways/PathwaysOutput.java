package uk.crs.analytics.pathways;

import java.util.Locale;
import uk.crs.analytics.pathways.PathwaysReport.Finding;
import uk.crs.analytics.pathways.PathwaysReport.RuleResult;
import uk.crs.analytics.pathways.PathwaysReport.Section;
import uk.crs.analytics.pathways.PathwaysReport.Volume;
import uk.crs.analytics.reoffending.Pathway;
import uk.crs.analytics.report.JsonDocument;

/** The pathways report as JSON and CSV (docs/force-records.md). Crime references are for the force's own users. */
public final class PathwaysOutput {

    static final String SYNTHETIC = "SYNTHETIC DATA: generated, not any force's records";

    private PathwaysOutput() {}

    public static String json(PathwaysReport report) {
        return JsonDocument.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("force", report.force());
            g.writeObjectPropertyStart("period");
            g.writeStringProperty("from", report.from().toString());
            g.writeStringProperty("to", report.to().toString());
            g.writeEndObject();
            g.writeBooleanProperty("synthetic", report.synthetic());
            if (report.synthetic()) {
                g.writeStringProperty("label", SYNTHETIC);
            }
            g.writeArrayPropertyStart("definitions");
            for (int type : Pathway.SIDE_BY_SIDE) {
                Pathway p = Pathway.of(type).orElseThrow();
                g.writeStartObject();
                g.writeNumberProperty("outcomeType", type);
                g.writeStringProperty("definition", p.definition());
                g.writeStringProperty("began", p.began());
                g.writeStringProperty("source", p.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringProperty("userGuide", Pathway.USER_GUIDE);
            g.writeArrayPropertyStart("sections");
            for (Section s : report.sections()) {
                g.writeStartObject();
                g.writeStringProperty("source", s.source());
                g.writeStringProperty("countBasis", s.countBasis());
                g.writeArrayPropertyStart("rows");
                for (Volume v : s.volumes()) {
                    g.writeStartObject();
                    g.writeStringProperty("period", v.period());
                    g.writeStringProperty("offenceGroup", v.offenceGroup());
                    g.writeNumberProperty("outcomeType", v.outcomeType());
                    g.writeNumberProperty("volume", v.volume());
                    g.writeNumberProperty("share", round(s.share(v)));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!report.casesNote().isEmpty()) {
                g.writeStringProperty("crsCases", report.casesNote());
            }
            g.writeObjectPropertyStart("conformance");
            g.writeArrayPropertyStart("rules");
            for (RuleResult r : report.rules()) {
                g.writeStartObject();
                g.writeStringProperty("id", r.rule().id());
                g.writeStringProperty("description", r.rule().description());
                g.writeStringProperty("source", r.rule().source());
                g.writeStringProperty("appliesTo", r.appliesTo());
                if (r.rule() instanceof ConformanceRule.NotCheckable n) {
                    g.writeStringProperty("why", n.why());
                } else {
                    g.writeNumberProperty("found", r.found());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("findings");
            for (Finding f : report.findings()) {
                g.writeStartObject();
                g.writeStringProperty("rule", f.rule());
                g.writeStringProperty("source", f.source());
                g.writeStringProperty("reference", f.reference());
                g.writeStringProperty("period", f.period());
                g.writeNumberProperty("outcomeType", f.outcomeType());
                g.writeStringProperty("offenceGroup", f.offenceGroup());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringProperty("findingsNote", "For internal use only: references of the force's own records.");
            g.writeEndObject();
            g.writeStringProperty("note", PathwaysReport.NOT_ADDED);
            g.writeStringProperty("disclosureControl", report.disclosure());
            g.writeEndObject();
        });
    }

    /** One line per section, period, offence group and outcome type. */
    public static String csv(PathwaysReport report) {
        StringBuilder out = new StringBuilder("source,count_basis,period,offence_group,outcome_type,volume,share\n");
        for (Section s : report.sections()) {
            for (Volume v : s.volumes()) {
                out.append(s.source())
                        .append(',')
                        .append(quote(s.countBasis()))
                        .append(',')
                        .append(quote(v.period()))
                        .append(',')
                        .append(quote(v.offenceGroup()))
                        .append(',')
                        .append(v.outcomeType())
                        .append(',')
                        .append(v.volume())
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.4f", s.share(v)))
                        .append('\n');
            }
        }
        out.append('"').append(report.disclosure().replace("\"", "\"\"")).append("\"\n");
        return out.toString();
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
