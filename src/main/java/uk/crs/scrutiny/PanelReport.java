package uk.crs.scrutiny;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Builds a panel's findings for one year from its meetings and draws, and renders them as CSV and HTML. The base of
 * every rate is the cases concluded with a determination (APPROPRIATE, APPROPRIATE_WITH_OBSERVATIONS or
 * INAPPROPRIATE); UNABLE_TO_DETERMINE cases are counted apart and carried over.
 */
public final class PanelReport {

    /** Counts from 1 to 9 are suppressed in the public version (as the analytics reports do; zero is shown). */
    public static final int SUPPRESS_BELOW = 10;

    private PanelReport() {}

    /** One meeting's draw as published: the revealed seed and the stratified sample. */
    public record PublishedDraw(String meetingId, String seed, StratifiedSample sample) {}

    public static Findings findings(
            Panel panel,
            int year,
            List<Meeting> meetings,
            List<PublishedDraw> draws,
            List<Findings.Recommendation> recommendations,
            boolean publicVersion) {
        List<Review> concluded = new ArrayList<>();
        for (Meeting m : meetings) {
            if (m.status() == Meeting.Status.HELD && m.date().getYear() == year) {
                m.reviews().stream().filter(r -> r.conclusion() != null).forEach(concluded::add);
            }
        }
        int[] byVerdict = new int[Assessment.values().length];
        for (Review r : concluded) {
            byVerdict[conclusionOf(r).ordinal()]++;
        }
        int determined = concluded.size() - byVerdict[Assessment.UNABLE_TO_DETERMINE.ordinal()];
        int inappropriate = byVerdict[Assessment.INAPPROPRIATE.ordinal()];

        List<String> suppressed = new ArrayList<>();
        Integer reviewedShown = shown("reviewed", determined, publicVersion, suppressed);
        Integer inappropriateShown = shown("inappropriate", inappropriate, publicVersion, suppressed);
        Findings.Counts counts = new Findings.Counts(
                reviewedShown,
                shown("appropriate", byVerdict[Assessment.APPROPRIATE.ordinal()], publicVersion, suppressed),
                shown(
                        "appropriateWithObservations",
                        byVerdict[Assessment.APPROPRIATE_WITH_OBSERVATIONS.ordinal()],
                        publicVersion,
                        suppressed),
                inappropriateShown,
                shown(
                        "unableToDetermine",
                        byVerdict[Assessment.UNABLE_TO_DETERMINE.ordinal()],
                        publicVersion,
                        suppressed));

        boolean rateShown = determined > 0 && reviewedShown != null && inappropriateShown != null;
        Findings.RateSummary rate = null;
        if (rateShown) {
            Rate r = new Rate(inappropriate, determined);
            rate = Findings.RateSummary.of(r.proportion(), r.wilson95());
        }
        Findings.RateSummary reweighted = rateShown ? reweighted(concluded, draws) : null;

        List<Findings.SamplingRecord> sampling = new ArrayList<>();
        for (PublishedDraw d : draws) {
            for (StratifiedSample.StratumDraw s : d.sample().strata()) {
                sampling.add(new Findings.SamplingRecord(
                        d.meetingId(),
                        s.name(),
                        s.theme() == null ? null : s.theme().name(),
                        d.seed(),
                        d.sample().seedSha256(),
                        s.manifest().sha256(),
                        s.manifest().size(),
                        s.drawn().size()));
            }
        }
        Agreement agreement = concluded.isEmpty() ? null : Agreement.of(Review.ratings(concluded));
        if (publicVersion && agreement != null && agreement.cases() < SUPPRESS_BELOW) {
            agreement = null;
            suppressed.add("agreement");
        }
        double expected = rate == null || rate.estimate() <= 0 || rate.estimate() >= 1 ? 0.5 : rate.estimate();
        return new Findings(
                panel.id(),
                panel.forces(),
                year,
                publicVersion,
                counts,
                rate,
                reweighted,
                SampleSize.forMargin(expected, 0.10, OptionalInt.empty()),
                agreement,
                sampling,
                (int) meetings.stream()
                        .filter(m -> m.date().getYear() == year && m.status() == Meeting.Status.HELD)
                        .count(),
                (int) meetings.stream()
                        .filter(m -> m.date().getYear() == year && m.status() == Meeting.Status.CANCELLED)
                        .count(),
                panel.membersByAgency(),
                recommendations,
                suppressed);
    }

    private static Assessment conclusionOf(Review r) {
        Review.Conclusion c = r.conclusion();
        if (c == null) {
            throw new IllegalStateException("only concluded reviews are counted");
        }
        return c.assessment();
    }

    private static @Nullable Integer shown(String name, int count, boolean publicVersion, List<String> suppressed) {
        if (publicVersion && count > 0 && count < SUPPRESS_BELOW) {
            suppressed.add("counts." + name);
            return null;
        }
        return count;
    }

    private static Findings.@Nullable RateSummary reweighted(List<Review> concluded, List<PublishedDraw> draws) {
        Map<String, StratifiedSample.StratumDraw> stratumOf = new HashMap<>();
        for (PublishedDraw d : draws) {
            for (StratifiedSample.StratumDraw s : d.sample().strata()) {
                s.drawn().forEach(c -> stratumOf.put(c.reference(), s));
            }
        }
        Map<String, int[]> tally = new LinkedHashMap<>();
        Map<String, Integer> eligible = new HashMap<>();
        for (Review r : concluded) {
            Assessment a = conclusionOf(r);
            StratifiedSample.StratumDraw s = stratumOf.get(r.caseRef());
            if (s == null || a == Assessment.UNABLE_TO_DETERMINE) {
                continue;
            }
            int[] t = tally.computeIfAbsent(s.name(), k -> new int[2]);
            t[0]++;
            t[1] += a == Assessment.INAPPROPRIATE ? 1 : 0;
            eligible.putIfAbsent(s.name(), s.manifest().size());
        }
        if (tally.isEmpty()) {
            return null;
        }
        List<StratifiedRate.Stratum> strata = new ArrayList<>();
        tally.forEach((name, t) -> {
            // several meetings' draws of one stratum: the eligible count is at least the number reviewed
            int n = Math.max(t[0], eligible.getOrDefault(name, t[0]));
            strata.add(new StratifiedRate.Stratum(name, n, t[0], t[1]));
        });
        StratifiedRate rate = StratifiedRate.of(strata);
        return Findings.RateSummary.of(rate.estimate(), rate.interval());
    }

    /** The findings as CSV: one measure a line. */
    public static String csv(Findings f) {
        StringBuilder s = new StringBuilder("measure,value\n");
        s.append("panel,").append(f.panel()).append('\n');
        s.append("forces,").append(String.join(";", f.forces())).append('\n');
        s.append("year,").append(f.year()).append('\n');
        s.append("reviewed,").append(count(f.counts().reviewed())).append('\n');
        s.append("appropriate,").append(count(f.counts().appropriate())).append('\n');
        s.append("appropriate_with_observations,")
                .append(count(f.counts().appropriateWithObservations()))
                .append('\n');
        s.append("inappropriate,").append(count(f.counts().inappropriate())).append('\n');
        s.append("unable_to_determine,")
                .append(count(f.counts().unableToDetermine()))
                .append('\n');
        Findings.RateSummary r = f.inappropriateRate();
        s.append("inappropriate_rate,")
                .append(r == null ? "" : pct(r.estimate()))
                .append('\n');
        s.append("inappropriate_rate_lower95,")
                .append(r == null ? "" : pct(r.lower()))
                .append('\n');
        s.append("inappropriate_rate_upper95,")
                .append(r == null ? "" : pct(r.upper()))
                .append('\n');
        s.append("cases_for_10_point_margin,")
                .append(f.casesForTenPointMargin())
                .append('\n');
        s.append("meetings_held,").append(f.meetingsHeld()).append('\n');
        s.append("meetings_cancelled,").append(f.meetingsCancelled()).append('\n');
        return s.toString();
    }

    /** The findings as a self-contained HTML page with GOV.UK Frontend classes. */
    public static String html(Findings f) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(FunnelSvg.escape("Scrutiny panel findings: " + f.panel() + " " + f.year()))
                .append("</title></head>\n<body class=\"govuk-template__body\"><main class=\"govuk-main-wrapper\">\n");
        h.append("<h1 class=\"govuk-heading-l\">")
                .append(FunnelSvg.escape(f.panel()))
                .append(": scrutiny findings ")
                .append(f.year())
                .append("</h1>\n");
        h.append("<p class=\"govuk-body\">Forces: ")
                .append(FunnelSvg.escape(String.join(", ", f.forces())))
                .append(". Meetings held: ")
                .append(f.meetingsHeld())
                .append("; cancelled: ")
                .append(f.meetingsCancelled())
                .append(".</p>\n");
        if (f.publicVersion()) {
            h.append("<p class=\"govuk-inset-text\">Counts from 1 to 9 are shown as &lt;10, with the rates built on"
                    + " them, so that no one can be identified.</p>\n");
        }
        h.append("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--m\">"
                + "Panel conclusions</caption>\n<tbody class=\"govuk-table__body\">\n");
        row(h, "Cases with a determination", count(f.counts().reviewed()));
        row(h, "Appropriate", count(f.counts().appropriate()));
        row(h, "Appropriate with observations", count(f.counts().appropriateWithObservations()));
        row(h, "Inappropriate", count(f.counts().inappropriate()));
        row(h, "Unable to determine (carried over)", count(f.counts().unableToDetermine()));
        Findings.RateSummary r = f.inappropriateRate();
        row(
                h,
                "Inappropriate rate (95% interval)",
                r == null ? "not shown" : pct(r.estimate()) + "% (" + pct(r.lower()) + "% to " + pct(r.upper()) + "%)");
        Findings.RateSummary w = f.reweightedInappropriateRate();
        row(
                h,
                "Re-weighted for over-sampled strata",
                w == null ? "not shown" : pct(w.estimate()) + "% (" + pct(w.lower()) + "% to " + pct(w.upper()) + "%)");
        row(h, "Cases needed for a rate within 10 points", Integer.toString(f.casesForTenPointMargin()));
        h.append("</tbody></table>\n");
        Agreement a = f.agreement();
        if (a != null) {
            h.append("<h2 class=\"govuk-heading-m\">Agreement between members</h2>\n<p class=\"govuk-body\">")
                    .append("Raw agreement ")
                    .append(num(a.rawAgreement()))
                    .append(", Fleiss' kappa ")
                    .append(num(a.fleissKappa()))
                    .append(", Krippendorff's alpha ")
                    .append(num(a.krippendorffAlpha()))
                    .append(", Gwet's AC1 ")
                    .append(num(a.gwetAc1()))
                    .append(".</p>\n");
        }
        h.append("<h2 class=\"govuk-heading-m\">Membership by agency</h2>\n<ul class=\"govuk-list\">\n");
        f.membersByAgency().forEach((agency, n) -> h.append("<li>")
                .append(FunnelSvg.escape(agency.toLowerCase(Locale.ROOT).replace('_', ' ')))
                .append(": ")
                .append(n)
                .append("</li>\n"));
        h.append("</ul>\n<h2 class=\"govuk-heading-m\">Sampling</h2>\n<table class=\"govuk-table\"><thead>"
                + "<tr><th scope=\"col\">Meeting</th><th scope=\"col\">Stratum</th><th scope=\"col\">Seed</th>"
                + "<th scope=\"col\">Manifest SHA-256</th><th scope=\"col\">Eligible</th><th scope=\"col\">Drawn"
                + "</th></tr></thead><tbody>\n");
        for (Findings.SamplingRecord s : f.sampling()) {
            h.append("<tr><td>")
                    .append(FunnelSvg.escape(s.meeting()))
                    .append("</td><td>")
                    .append(FunnelSvg.escape(s.stratum()))
                    .append("</td><td>")
                    .append(FunnelSvg.escape(s.seed() == null ? "(not yet revealed)" : s.seed()))
                    .append("</td><td><code>")
                    .append(s.manifestSha256())
                    .append("</code></td><td>")
                    .append(s.eligible())
                    .append("</td><td>")
                    .append(s.drawn())
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<h2 class=\"govuk-heading-m\">Recommendations and responses</h2>\n"
                + "<ul class=\"govuk-list govuk-list--bullet\">\n");
        for (Findings.Recommendation rec : f.recommendations()) {
            h.append("<li>")
                    .append(FunnelSvg.escape(rec.text()))
                    .append(" (owner ")
                    .append(FunnelSvg.escape(rec.owner()))
                    .append(", due ")
                    .append(FunnelSvg.escape(rec.due()))
                    .append("): ")
                    .append(FunnelSvg.escape(rec.response() == null ? "no response yet" : rec.response()))
                    .append("</li>\n");
        }
        return h.append("</ul>\n</main></body></html>\n").toString();
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">")
                .append(label)
                .append("</th><td class=\"govuk-table__cell\">")
                .append(FunnelSvg.escape(value))
                .append("</td></tr>\n");
    }

    private static String count(@Nullable Integer n) {
        return n == null ? "<10" : n.toString();
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f", p * 100);
    }

    private static String num(@Nullable Double d) {
        return d == null ? "not computable" : String.format(Locale.ROOT, "%.3f", d);
    }
}
