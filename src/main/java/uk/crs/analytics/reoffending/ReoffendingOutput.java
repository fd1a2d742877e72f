package uk.crs.analytics.reoffending;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import uk.crs.analytics.report.Interval;
import uk.crs.analytics.report.JsonDocument;

/** Re-offending reports and comparisons as JSON (the contract in docs/reoffending.md) and as plain text. */
public final class ReoffendingOutput {

    private static final String SYNTHETIC = "SYNTHETIC DATA: generated, not any force's records";

    private ReoffendingOutput() {}

    public static String json(ReoffendingReport report) {
        return JsonDocument.write(g -> {
            g.writeStartObject();
            cohort(g, report.from(), report.to(), report.asAt(), report.force(), report.synthetic());
            g.writeArrayPropertyStart("pathways");
            for (PathwayRates p : report.pathways()) {
                g.writeStartObject();
                g.writeNumberProperty("outcomeType", p.outcomeType());
                g.writeNumberProperty("people", p.people());
                measure(g, "proven", p.provenReoffenders(), p.provenRate(), p.provenCi95());
                measure(g, "sanctioned", p.sanctionedReoffenders(), p.sanctionedRate(), p.sanctionedCi95());
                g.writeNumberProperty("reoffencesPer100", p.reoffencesPer100());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("definitions");
            g.writeString(Caveat.PROVEN);
            g.writeString(Caveat.SANCTIONED);
            g.writeEndArray();
            g.writeStringProperty("caveat", Caveat.COMPARISON);
            g.writeStringProperty("disclosureControl", report.disclosure());
            g.writeEndObject();
        });
    }

    /** The fields both documents open with: the period, the date the records run to, the force, synthetic or not. */
    private static void cohort(
            JsonGenerator g, YearMonth from, YearMonth to, LocalDate asAt, String force, boolean synthetic) {
        g.writeObjectPropertyStart("period");
        g.writeStringProperty("from", from.toString());
        g.writeStringProperty("to", to.toString());
        g.writeEndObject();
        g.writeStringProperty("asAt", asAt.toString());
        g.writeStringProperty("force", force);
        g.writeBooleanProperty("synthetic", synthetic);
    }

    private static void measure(JsonGenerator g, String name, long reoffenders, double rate, Interval ci) {
        g.writeObjectPropertyStart(name);
        g.writeNumberProperty("reoffenders", reoffenders);
        g.writeNumberProperty("rate", rate);
        JsonDocument.interval(g, "ci95", ci);
        g.writeEndObject();
    }

    public static String text(ReoffendingReport report) {
        StringBuilder out = new StringBuilder();
        if (report.synthetic()) {
            out.append(SYNTHETIC).append("\n\n");
        }
        out.append(String.format(
                Locale.ROOT,
                "Re-offending of people with a disposal from %s to %s, %s records as at %s%n%n",
                report.from(),
                report.to(),
                report.force(),
                report.asAt()));
        out.append(String.format(
                Locale.ROOT,
                "%-8s %-55s %7s  %-30s  %-30s  %s%n",
                "outcome",
                "pathway",
                "people",
                "proven: rate (95% CI)",
                "sanctioned: rate (95% CI)",
                "proven re-offences per 100"));
        for (PathwayRates p : report.pathways()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-8d %-55s %7d  %-30s  %-30s  %.1f%n",
                    p.outcomeType(),
                    Pathway.of(p.outcomeType())
                            .map(Pathway::definition)
                            .orElse("")
                            .replaceAll("\\s*\\(.*", ""),
                    p.people(),
                    rate(p.provenReoffenders(), p.provenRate(), p.provenCi95()),
                    rate(p.sanctionedReoffenders(), p.sanctionedRate(), p.sanctionedCi95()),
                    p.reoffencesPer100()));
        }
        out.append('\n')
                .append(Caveat.PROVEN)
                .append("\n\n")
                .append(Caveat.SANCTIONED)
                .append("\n\n");
        out.append(Caveat.COMPARISON).append('\n');
        out.append('\n').append(report.disclosure()).append('\n');
        return out.toString();
    }

    private static String rate(long reoffenders, double rate, Interval ci) {
        return String.format(
                Locale.ROOT, "%d, %.1f%% (%.1f-%.1f%%)", reoffenders, 100 * rate, 100 * ci.low(), 100 * ci.high());
    }

    public static String json(ComparisonReport report) {
        return JsonDocument.write(g -> {
            g.writeStartObject();
            cohort(g, report.from(), report.to(), report.asAt(), report.force(), report.synthetic());
            g.writeNumberProperty("compare", report.compare());
            g.writeNumberProperty("with", report.with());
            g.writeStringProperty("method", ComparisonReport.METHOD);
            g.writeObjectPropertyStart("people");
            arm(g, "compare", report.compareArm());
            arm(g, "with", report.withArm());
            g.writeNumberProperty("strata", report.strata());
            g.writeEndObject();
            g.writeArrayPropertyStart("balance");
            for (ComparisonReport.Balance b : report.balance()) {
                g.writeStartObject();
                g.writeStringProperty("variable", b.variable());
                g.writeNumberProperty("smdBefore", b.smdBefore());
                g.writeNumberProperty("smdAfter", b.smdAfter());
                g.writeEndObject();
            }
            g.writeEndArray();
            effect(g, "proven", report.proven());
            effect(g, "sanctioned", report.sanctioned());
            g.writeStringProperty("caveat", Caveat.COMPARISON);
            g.writeEndObject();
        });
    }

    private static void arm(JsonGenerator g, String name, ComparisonReport.Arm arm) {
        g.writeObjectPropertyStart(name);
        g.writeNumberProperty("outcomeType", arm.outcomeType());
        g.writeNumberProperty("before", arm.people());
        g.writeNumberProperty("matched", arm.matched());
        g.writeEndObject();
    }

    private static void effect(JsonGenerator g, String name, ComparisonReport.Effect e) {
        g.writeObjectPropertyStart(name);
        g.writeNumberProperty("compareReoffenders", e.compareReoffenders());
        g.writeNumberProperty("withReoffenders", e.withReoffenders());
        g.writeNumberProperty("compareRate", e.compareRate());
        g.writeNumberProperty("withRate", e.withRate());
        g.writeNumberProperty("riskDifference", e.riskDifference());
        JsonDocument.interval(g, "riskDifferenceCi95", e.riskDifferenceCi95());
        if (e.riskRatio() == null) {
            g.writeNullProperty("riskRatio");
        } else {
            g.writeNumberProperty("riskRatio", e.riskRatio());
        }
        JsonDocument.interval(g, "riskRatioCi95", e.riskRatioCi95());
        g.writeEndObject();
    }

    public static String text(ComparisonReport r) {
        StringBuilder out = new StringBuilder();
        if (r.synthetic()) {
            out.append(SYNTHETIC).append("\n\n");
        }
        out.append(String.format(
                Locale.ROOT,
                "Outcome %d compared with outcome %d, %s records, index disposals %s to %s, as at %s%n",
                r.compare(),
                r.with(),
                r.force(),
                r.from(),
                r.to(),
                r.asAt()));
        out.append("Method: ").append(ComparisonReport.METHOD).append(".\n");
        out.append(String.format(
                Locale.ROOT,
                "People: outcome %d %d, matched %d; outcome %d %d, matched %d; %d strata%n",
                r.compare(),
                r.compareArm().people(),
                r.compareArm().matched(),
                r.with(),
                r.withArm().people(),
                r.withArm().matched(),
                r.strata()));
        out.append("Balance (standardised mean difference, largest over levels; target under 0.1):\n");
        for (ComparisonReport.Balance b : r.balance()) {
            out.append(String.format(
                    Locale.ROOT, "  %-18s before %.3f  after %.3f%n", b.variable(), b.smdBefore(), b.smdAfter()));
        }
        effectText(out, "Proven", r.proven(), r);
        effectText(out, "Sanctioned", r.sanctioned(), r);
        out.append('\n').append(Caveat.COMPARISON).append('\n');
        return out.toString();
    }

    private static void effectText(StringBuilder out, String name, ComparisonReport.Effect e, ComparisonReport r) {
        out.append(String.format(
                Locale.ROOT,
                "%s re-offending: outcome %d %.1f%%, outcome %d %.1f%%; risk difference %.1f points (95%% CI %.1f to"
                        + " %.1f)",
                name,
                r.compare(),
                100 * e.compareRate(),
                r.with(),
                100 * e.withRate(),
                100 * e.riskDifference(),
                100 * e.riskDifferenceCi95().low(),
                100 * e.riskDifferenceCi95().high()));
        Double rr = e.riskRatio();
        Interval ci = e.riskRatioCi95();
        if (rr != null && ci != null) {
            out.append(String.format(Locale.ROOT, "; risk ratio %.2f (95%% CI %.2f to %.2f)", rr, ci.low(), ci.high()));
        } else {
            out.append("; no risk ratio (an arm has no re-offenders)");
        }
        out.append('\n');
    }
}
