package uk.crs.analytics.report;

import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.analytics.report.Counts.Measure;

/**
 * The JSON report, the contract scripts depend on (issue #5): do not rename fields without a deprecation period.
 * Shares are fractions; withheld values (only when suppression is asked for) are the strings "<10" or "[c]".
 */
final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonReport() {}

    static String render(Report report, Disclosure disclosure) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", report.source().id());
        ObjectNode period = root.putObject("period");
        period.put("from", report.from().map(Object::toString).orElse(null));
        period.put("to", report.to().map(Object::toString).orElse(null));
        root.put("basis", report.basis());
        root.set("national", counts(MAPPER.createObjectNode(), report.national(), disclosure));
        ArrayNode forces = root.putArray("forces");
        for (Line l : report.table(Line.Table.FORCE)) {
            ObjectNode f = forces.addObject();
            f.put("force", ForceNames.of(l.forceSlug()));
            f.put("slug", l.forceSlug());
            counts(f, l, disclosure);
            ForceStats stats = report.stats(Objects.requireNonNull(l.forceSlug()));
            boolean hide = disclosure.hidesShares(l);
            if (stats.ci95() == null || hide) {
                f.putNull("ci95");
            } else {
                f.putArray("ci95").add(stats.ci95().low()).add(stats.ci95().high());
            }
            f.put(
                    "funnel",
                    stats.funnel() == null || hide ? null : stats.funnel().name());
            f.put(
                    "funnelUnadjusted",
                    stats.funnelUnadjusted() == null || hide
                            ? null
                            : stats.funnelUnadjusted().name());
            f.put("outcomeData", l.outcomeData());
        }
        ArrayNode years = root.putArray("years");
        report.table(Line.Table.YEAR).forEach(l -> counts(years.addObject().put("year", l.year()), l, disclosure));
        ArrayNode types = root.putArray("crimeTypes");
        report.table(Line.Table.CRIME_TYPE)
                .forEach(l -> counts(types.addObject().put("crimeType", l.crimeType()), l, disclosure));
        ArrayNode forceYears = root.putArray("forceYears");
        report.table(Line.Table.FORCE_YEAR)
                .forEach(l -> counts(
                        forceYears
                                .addObject()
                                .put("force", ForceNames.of(l.forceSlug()))
                                .put("slug", l.forceSlug())
                                .put("year", l.year()),
                        l,
                        disclosure));
        ArrayNode forceTypes = root.putArray("forceCrimeTypes");
        report.table(Line.Table.FORCE_CRIME_TYPE)
                .forEach(l -> counts(
                        forceTypes
                                .addObject()
                                .put("force", ForceNames.of(l.forceSlug()))
                                .put("slug", l.forceSlug())
                                .put("crimeType", l.crimeType()),
                        l,
                        disclosure));
        ObjectNode funnel = root.putObject("funnelPlot");
        funnel.put("target", report.funnel().target());
        funnel.put(
                "phi",
                Double.isNaN(report.funnel().phi()) ? null : report.funnel().phi());
        funnel.put("tau2", report.funnel().tau2());
        if (report.source() == Source.HOME_OFFICE) {
            ArrayNode offences = root.putArray("offences");
            for (OffenceLine o : report.offences()) {
                ObjectNode n = offences.addObject();
                n.put("offenceCode", o.code()).put("description", o.description());
                counts(n, report.offenceLine(o), disclosure);
                ArrayNode classes = n.putArray("reservedClasses");
                o.reservedClasses().forEach(classes::add);
                n.put("flagged", o.flagged());
            }
        }
        ArrayNode definitions = root.putArray("definitions");
        Definitions.of(report.source()).forEach(definitions::add);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static ObjectNode counts(ObjectNode node, Line line, Disclosure disclosure) {
        Counts c = line.counts();
        count(node, "crimes", line, Measure.CRIMES, c.crimes(), disclosure);
        count(node, "pending", line, Measure.PENDING, c.pending(), disclosure);
        count(node, "communityResolutions", line, Measure.COMMUNITY_RESOLUTIONS, c.communityResolutions(), disclosure);
        boolean hide = disclosure.hidesShares(line);
        node.put("shareOfCrimes", hide ? null : c.shareOfCrimes());
        node.put("shareOfAssigned", hide ? null : c.shareOfAssigned());
        return node;
    }

    private static void count(ObjectNode node, String field, Line line, Measure m, long value, Disclosure d) {
        if (d.hides(line, m)) {
            node.put(field, d.label(line, m));
        } else {
            node.put(field, value);
        }
    }
}
