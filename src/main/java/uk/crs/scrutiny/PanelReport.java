package uk.crs.scrutiny;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import uk.crs.disclosure.Cell;
import uk.crs.disclosure.CellKeyPerturbation;

/**
 * Builds a panel's findings for one year from its meetings and draws, and renders them as CSV and HTML. The base of
 * every rate is the cases concluded with a determination (APPROPRIATE, APPROPRIATE_WITH_OBSERVATIONS or
 * INAPPROPRIATE); UNABLE_TO_DETERMINE cases are counted apart and carried over.
 */
public final class PanelReport {

    /** The methods text of the panel's own figures: true counts, for its members only. */
    public static final String INTERNAL_NOTE = "For the panel only: true counts, every figure shown; not for"
            + " publication (the published report's counts are perturbed).";

    private PanelReport() {}

    /** One meeting's draw as published: the revealed seed and the stratified sample. */
    public record PublishedDraw(String meetingId, String seed, StratifiedSample sample) {}

    /** The stratum of a concluded case that no draw of the year holds (carried over from an earlier year). */
    static final String CARRIED_OVER = "carried over";

    /**
     * The findings of a panel for a year: the public version when {@code publish} is given (every count perturbed by
     * the cell key method under the store's secret), or the panel's own figures (true counts) when it is empty.
     *
     * <p>Public version: the finest cells are stratum x verdict, each a {@link Cell} of the reviews it counts (a
     * review's record key is that of its case reference), published once; each verdict's count is the sum of its
     * published stratum cells, the number reviewed the sum of the three determined verdicts, and the rates and their
     * intervals are computed from those published counts (the re-weighted rate from the published stratum cells, with
     * each stratum's eligible count published as the cell of its manifest's references). The strata's eligible and
     * drawn counts, and the agreement statistics (computed from each member's verdict on each case), are left to the
     * panel's own figures: shown beside the perturbed counts, they would give away the number of cases reviewed.
     */
    public static Findings findings(
            Panel panel,
            int year,
            List<Meeting> meetings,
            List<PublishedDraw> draws,
            List<Findings.Recommendation> recommendations,
            Optional<CellKeyPerturbation> publish) {
        List<Review> concluded = new ArrayList<>();
        for (Meeting m : meetings) {
            if (m.status() == Meeting.Status.HELD && m.date().getYear() == year) {
                m.reviews().stream().filter(r -> r.conclusion() != null).forEach(concluded::add);
            }
        }
        Map<String, StratifiedSample.StratumDraw> stratumOf = new HashMap<>();
        for (PublishedDraw d : draws) {
            for (StratifiedSample.StratumDraw s : d.sample().strata()) {
                s.drawn().forEach(c -> stratumOf.put(c.reference(), s));
            }
        }
        // The finest cells: stratum x verdict, each counting its reviews.
        Map<String, Map<Assessment, Cell>> cells = new TreeMap<>();
        for (Review r : concluded) {
            StratifiedSample.StratumDraw s = stratumOf.get(r.caseRef());
            int key = publish.map(p -> p.recordKey(r.caseRef())).orElse(0);
            cells.computeIfAbsent(s == null ? CARRIED_OVER : s.name(), k -> new EnumMap<>(Assessment.class))
                    .merge(conclusionOf(r), new Cell(1, key), Cell::plus);
        }
        // Each cell is shown once (published, or true in the panel's own figures); every count is a sum of them.
        Map<String, Map<Assessment, Long>> shown = new TreeMap<>();
        cells.forEach((stratum, byVerdict) -> byVerdict.forEach(
                (verdict, cell) -> shown.computeIfAbsent(stratum, k -> new EnumMap<>(Assessment.class))
                        .put(verdict, publish.map(p -> p.publish(cell)).orElse(cell.count()))));
        long[] byVerdict = new long[Assessment.values().length];
        shown.values().forEach(m -> m.forEach((verdict, n) -> byVerdict[verdict.ordinal()] += n));
        long inappropriate = byVerdict[Assessment.INAPPROPRIATE.ordinal()];
        long determined = byVerdict[Assessment.APPROPRIATE.ordinal()]
                + byVerdict[Assessment.APPROPRIATE_WITH_OBSERVATIONS.ordinal()]
                + inappropriate;
        Findings.Counts counts = new Findings.Counts(
                (int) determined,
                (int) byVerdict[Assessment.APPROPRIATE.ordinal()],
                (int) byVerdict[Assessment.APPROPRIATE_WITH_OBSERVATIONS.ordinal()],
                (int) inappropriate,
                (int) byVerdict[Assessment.UNABLE_TO_DETERMINE.ordinal()]);

        Findings.RateSummary rate = null;
        if (determined > 0) {
            Rate r = new Rate((int) inappropriate, (int) determined);
            rate = Findings.RateSummary.of(r.proportion(), r.wilson95());
        }
        Findings.RateSummary reweighted = determined > 0 ? reweighted(shown, draws, publish) : null;

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
                        publish.isPresent() ? null : s.manifest().size(),
                        publish.isPresent() ? null : s.drawn().size()));
            }
        }
        Agreement agreement =
                concluded.isEmpty() || publish.isPresent() ? null : Agreement.of(Review.ratings(concluded));
        double expected = rate == null || rate.estimate() <= 0 || rate.estimate() >= 1 ? 0.5 : rate.estimate();
        return new Findings(
                panel.id(),
                panel.forces(),
                year,
                publish.isPresent(),
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
                List.of(),
                publish.isPresent() ? CellKeyPerturbation.METHOD : INTERNAL_NOTE);
    }

    private static Assessment conclusionOf(Review r) {
        Review.Conclusion c = r.conclusion();
        if (c == null) {
            throw new IllegalStateException("only concluded reviews are counted");
        }
        return c.assessment();
    }

    /** The rate re-weighted by each stratum's eligible count, from the shown stratum cells. */
    private static Findings.@Nullable RateSummary reweighted(
            Map<String, Map<Assessment, Long>> shown,
            List<PublishedDraw> draws,
            Optional<CellKeyPerturbation> publish) {
        Map<String, Long> eligible = new HashMap<>();
        Map<String, List<String>> manifests = new HashMap<>();
        for (PublishedDraw d : draws) {
            for (StratifiedSample.StratumDraw s : d.sample().strata()) {
                manifests
                        .computeIfAbsent(s.name(), k -> new ArrayList<>())
                        .addAll(s.manifest().references());
            }
        }
        manifests.forEach((name, refs) -> eligible.put(
                name, publish.map(p -> p.publish(new java.util.TreeSet<>(refs))).orElse((long)
                        new java.util.TreeSet<>(refs).size())));
        List<StratifiedRate.Stratum> strata = new ArrayList<>();
        shown.forEach((name, byVerdict) -> {
            if (name.equals(CARRIED_OVER)) {
                return;
            }
            long events = byVerdict.getOrDefault(Assessment.INAPPROPRIATE, 0L);
            long reviewed = events
                    + byVerdict.getOrDefault(Assessment.APPROPRIATE, 0L)
                    + byVerdict.getOrDefault(Assessment.APPROPRIATE_WITH_OBSERVATIONS, 0L);
            if (reviewed == 0) {
                return;
            }
            // several meetings' draws of one stratum: the eligible count is at least the number reviewed
            long n = Math.max(reviewed, eligible.getOrDefault(name, reviewed));
            strata.add(new StratifiedRate.Stratum(name, (int) n, (int) reviewed, (int) events));
        });
        if (strata.isEmpty()) {
            return null;
        }
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
        s.append("disclosure_control,\"")
                .append(f.disclosure().replace("\"", "\"\""))
                .append("\"\n");
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
        h.append("<p class=\"govuk-inset-text\" id=\"disclosure\">")
                .append(FunnelSvg.escape(f.disclosure()))
                .append("</p>\n");
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
                    .append(count(s.eligible()))
                    .append("</td><td>")
                    .append(count(s.drawn()))
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
        return n == null ? "not shown" : n.toString();
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f", p * 100);
    }

    private static String num(@Nullable Double d) {
        return d == null ? "not computable" : String.format(Locale.ROOT, "%.3f", d);
    }
}
