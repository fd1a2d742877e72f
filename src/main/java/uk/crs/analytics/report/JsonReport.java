package uk.crs.analytics.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import uk.crs.analytics.report.Counts.Measure;

/**
 * The JSON report, the contract scripts depend on (issue #5): do not rename fields without a deprecation period.
 * Shares are fractions; withheld values (only when suppression is asked for) are the strings "<10" or "[c]".
 */
final class JsonReport {

    private JsonReport() {}

    static String render(Report report, Disclosure disclosure) {
        return JsonDocument.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("source", report.source().id());
            g.writeObjectPropertyStart("period");
            g.writeStringProperty("from", report.from().map(Object::toString).orElse(null));
            g.writeStringProperty("to", report.to().map(Object::toString).orElse(null));
            g.writeStringProperty("mode", report.periodMode().id());
            g.writeStringProperty("note", report.periodNote());
            g.writeEndObject();
            g.writeStringProperty("basis", report.basis());
            g.writeArrayPropertyStart("coverage");
            for (ForceCoverage c : report.coverage()) {
                g.writeStartObject();
                g.writeStringProperty("force", ForceNames.of(c.slug()));
                g.writeStringProperty("slug", c.slug());
                g.writeStringProperty("state", c.state().name());
                g.writeArrayPropertyStart("months");
                for (java.time.YearMonth m : c.months()) {
                    g.writeString(m.toString());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("national");
            g.writeStartObject();
            counts(g, report.national(), disclosure);
            g.writeEndObject();
            g.writeArrayPropertyStart("forces");
            for (Line l : report.table(Line.Table.FORCE)) {
                g.writeStartObject();
                force(g, l);
                counts(g, l, disclosure);
                ForceStats stats = report.stats(Objects.requireNonNull(l.forceSlug()));
                boolean hide = disclosure.hidesShares(l);
                JsonDocument.interval(g, "shareOfCrimesCi95", hide ? null : stats.shareOfCrimesCi95());
                JsonDocument.interval(g, "shareOfAssignedCi95", hide ? null : stats.shareOfAssignedCi95());
                // Deprecated name of shareOfAssignedCi95, kept for one release (the JSON contract).
                JsonDocument.interval(g, "ci95", hide ? null : stats.shareOfAssignedCi95());
                FunnelPosition funnel = stats.funnel();
                FunnelPosition unadjusted = stats.funnelUnadjusted();
                g.writeStringProperty("funnel", funnel == null || hide ? null : funnel.name());
                g.writeStringProperty("funnelUnadjusted", unadjusted == null || hide ? null : unadjusted.name());
                g.writeBooleanProperty("outcomeData", l.outcomeData());
                g.writeEndObject();
            }
            g.writeEndArray();
            lines(g, "years", report.table(Line.Table.YEAR), disclosure);
            lines(g, "crimeTypes", report.table(Line.Table.CRIME_TYPE), disclosure);
            lines(g, "forceYears", report.table(Line.Table.FORCE_YEAR), disclosure);
            lines(g, "forceCrimeTypes", report.table(Line.Table.FORCE_CRIME_TYPE), disclosure);
            if (report.source() == Source.POLICE_UK) {
                g.writeArrayPropertyStart("seriousOffenceFlags");
                for (SeriousOffenceFlags.Flag flag : SeriousOffenceFlags.FLAGS) {
                    g.writeStartObject();
                    g.writeStringProperty("crimeType", flag.crimeType());
                    g.writeStringProperty("why", flag.why());
                    g.writeStringProperty("caveat", flag.caveat());
                    lines(g, "lines", SeriousOffenceFlags.lines(report, flag), disclosure);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeObjectPropertyStart("funnelPlot");
            g.writeNumberProperty("target", report.funnel().target());
            number(
                    g,
                    "phi",
                    Double.isNaN(report.funnel().phi()) ? null : report.funnel().phi());
            g.writeNumberProperty("tau2", report.funnel().tau2());
            g.writeEndObject();
            if (report.source() == Source.HOME_OFFICE) {
                g.writeArrayPropertyStart("offences");
                for (OffenceLine o : report.offences()) {
                    g.writeStartObject();
                    g.writeStringProperty("offenceCode", o.code());
                    g.writeStringProperty("description", o.description());
                    counts(g, report.offenceLine(o), disclosure);
                    g.writeArrayPropertyStart("reservedClasses");
                    for (String c : o.reservedClasses()) {
                        g.writeString(c);
                    }
                    g.writeEndArray();
                    g.writeBooleanProperty("flagged", o.flagged());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayPropertyStart("definitions");
            for (String d : Definitions.of(report)) {
                g.writeString(d);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** A table of lines, each with the keys that name it (force, year, crime type) before its counts. */
    private static void lines(JsonGenerator g, String name, List<Line> lines, Disclosure disclosure) {
        g.writeArrayPropertyStart(name);
        for (Line l : lines) {
            g.writeStartObject();
            if (l.forceSlug() != null) {
                force(g, l);
            }
            if (l.table() == Line.Table.YEAR || l.table() == Line.Table.FORCE_YEAR) {
                number(g, "year", l.year());
            }
            if (l.table() == Line.Table.CRIME_TYPE || l.table() == Line.Table.FORCE_CRIME_TYPE) {
                g.writeStringProperty("crimeType", l.crimeType());
            }
            counts(g, l, disclosure);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void force(JsonGenerator g, Line l) {
        g.writeStringProperty("force", ForceNames.of(l.forceSlug()));
        g.writeStringProperty("slug", l.forceSlug());
    }

    private static void counts(JsonGenerator g, Line line, Disclosure disclosure) {
        Counts c = line.counts();
        count(g, "crimes", line, Measure.CRIMES, c.crimes(), disclosure);
        count(g, "pending", line, Measure.PENDING, c.pending(), disclosure);
        count(g, "communityResolutions", line, Measure.COMMUNITY_RESOLUTIONS, c.communityResolutions(), disclosure);
        boolean hide = disclosure.hidesShares(line);
        number(g, "shareOfCrimes", hide ? null : c.shareOfCrimes());
        number(g, "shareOfAssigned", hide ? null : c.shareOfAssigned());
    }

    private static void count(JsonGenerator g, String field, Line line, Measure m, long value, Disclosure d) {
        if (d.hides(line, m)) {
            g.writeStringProperty(field, d.label(line, m));
        } else {
            g.writeNumberProperty(field, value);
        }
    }

    private static void number(JsonGenerator g, String field, @Nullable Number value) {
        if (value == null) {
            g.writeNullProperty(field);
        } else if (value instanceof Integer i) {
            g.writeNumberProperty(field, i.intValue());
        } else {
            g.writeNumberProperty(field, value.doubleValue());
        }
    }
}
