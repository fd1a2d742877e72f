package uk.crs.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.crs.disclosure.CellKeyPerturbation;
import uk.crs.disclosure.DifferencingAttack;
import uk.crs.scrutiny.StratifiedSample.EligibleCase;
import uk.crs.scrutiny.StratifiedSample.StratumSpec;

/**
 * Mounts the differencing attacks of issue 13 on every public scrutiny report one store can produce (six panels, five
 * years, each year's meetings with a themed and a random stratum), and on their collation (pooled counts by year and
 * over all years): the attacker has every published report and knows that the number reviewed is the sum of the
 * determined verdicts and that collation pools published counts. The atoms are panel x year x verdict, each count
 * published as the sum of its strata's perturbed cells (so within 2 per stratum); the attack is the shared {@link
 * DifferencingAttack}. The control publishes the same reports the old way (true counts,
 * those from 1 to 9 withheld) and the same attacks recover withheld counts, so this test can fail.
 */
class PublishedFindingsAttackTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final int PANELS = 6;
    private static final int FIRST_YEAR = 2023;
    private static final int YEARS = 5;
    private static final List<String> STRATA =
            List.of("domestic-abuse", StratumSpec.random(1).name());
    private static final List<Assessment> VERDICTS = List.of(Assessment.values());

    @ParameterizedTest
    @ValueSource(strings = {"store one secret 0123456789", "another store's secret 98765", "a third secret abcdefg"})
    void noCombinationOfPublishedReportsPinsASmallCount(String secret) {
        DifferencingAttack.Result result = attack(Optional.of(secret), 11).run(false);
        assertThat(result.smallFigures())
                .as("the reports have small counts to attack")
                .isGreaterThan(50);
        assertThat(result.pinned())
                .as("small true counts (1 to 9) the attacks pin exactly")
                .isEmpty();
    }

    @Test
    void theSameAttacksRecoverCountsWithheldByThresholdSuppression() {
        DifferencingAttack.Result result = attack(Optional.empty(), 11).run(true);
        assertThat(result.pinned())
                .as("withheld counts recovered as the number reviewed minus the verdicts shown")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    /** Every public report of every panel and year, and their collation, as the attacker sees them. */
    private static DifferencingAttack attack(Optional<String> secret, long seed) {
        Optional<CellKeyPerturbation> perturbation =
                secret.map(s -> CellKeyPerturbation.withSecret(s.getBytes(StandardCharsets.UTF_8)));
        Random random = new Random(seed);
        long[] truth = new long[PANELS * YEARS * VERDICTS.size()];
        List<Findings> reports = new ArrayList<>();
        for (int p = 0; p < PANELS; p++) {
            Panel panel = panel("panel-" + p);
            for (int y = 0; y < YEARS; y++) {
                List<Meeting> meetings = new ArrayList<>();
                List<PanelReport.PublishedDraw> draws = new ArrayList<>();
                int held = 1 + random.nextInt(3);
                for (int m = 0; m < held; m++) {
                    String id = "p" + p + "-" + (FIRST_YEAR + y) + "-" + m;
                    StratifiedSample sample = StratifiedSample.draw(
                            "seed " + id,
                            List.of(
                                    new StratumSpec(STRATA.get(0), Theme.DOMESTIC_ABUSE, List.of(), random.nextInt(5)),
                                    StratumSpec.random(2 + random.nextInt(8 * (p + 1)))),
                            eligible(id, random));
                    List<Review> reviews = new ArrayList<>();
                    for (StratifiedSample.StratumDraw s : sample.strata()) {
                        for (StratifiedSample.DrawnCase c : s.drawn()) {
                            double u = random.nextDouble();
                            Assessment a = u < 0.12
                                    ? Assessment.INAPPROPRIATE
                                    : u < 0.16
                                            ? Assessment.APPROPRIATE_WITH_OBSERVATIONS
                                            : u < 0.18 ? Assessment.UNABLE_TO_DETERMINE : Assessment.APPROPRIATE;
                            reviews.add(new Review(
                                    c.reference(), "officer", Map.of(), new Review.Conclusion(a, "chair", "", T)));
                            truth[atom(p, y, a)]++;
                        }
                    }
                    meetings.add(new Meeting(
                            id,
                            panel.id(),
                            LocalDate.of(FIRST_YEAR + y, 1 + m * 3, 10),
                            Meeting.Status.HELD,
                            null,
                            reviews,
                            List.of(),
                            List.of()));
                    draws.add(new PanelReport.PublishedDraw(id, "seed " + id, sample));
                }
                reports.add(PanelReport.findings(
                        panel,
                        FIRST_YEAR + y,
                        meetings,
                        draws,
                        List.of(),
                        secret.isPresent() ? perturbation : Optional.empty()));
            }
        }
        DifferencingAttack attack = new DifferencingAttack(truth);
        boolean suppress = secret.isEmpty();
        for (int p = 0; p < PANELS; p++) {
            for (int y = 0; y < YEARS; y++) {
                Findings f = reports.get(p * YEARS + y);
                assertThat(f.publicVersion()).isEqualTo(!suppress);
                figure(
                        attack,
                        suppress,
                        "reviewed " + p + "/" + y,
                        atoms(p, y, determined()),
                        f.counts().reviewed());
                figure(
                        attack,
                        suppress,
                        "appropriate " + p + "/" + y,
                        atoms(p, y, Set.of(Assessment.APPROPRIATE)),
                        f.counts().appropriate());
                figure(
                        attack,
                        suppress,
                        "with observations " + p + "/" + y,
                        atoms(p, y, Set.of(Assessment.APPROPRIATE_WITH_OBSERVATIONS)),
                        f.counts().appropriateWithObservations());
                figure(
                        attack,
                        suppress,
                        "inappropriate " + p + "/" + y,
                        atoms(p, y, Set.of(Assessment.INAPPROPRIATE)),
                        f.counts().inappropriate());
                figure(
                        attack,
                        suppress,
                        "unable " + p + "/" + y,
                        atoms(p, y, Set.of(Assessment.UNABLE_TO_DETERMINE)),
                        f.counts().unableToDetermine());
            }
        }
        // Collation pools published counts: by year across panels, and over every year.
        for (int y = -1; y < YEARS; y++) {
            List<Findings> pooled = new ArrayList<>();
            List<Integer> reviewedAtoms = new ArrayList<>();
            List<Integer> inappropriateAtoms = new ArrayList<>();
            for (int p = 0; p < PANELS; p++) {
                for (int year = 0; year < YEARS; year++) {
                    if (y == -1 || y == year) {
                        pooled.add(reports.get(p * YEARS + year));
                        for (int a : atoms(p, year, determined())) {
                            reviewedAtoms.add(a);
                        }
                        for (int a : atoms(p, year, Set.of(Assessment.INAPPROPRIATE))) {
                            inappropriateAtoms.add(a);
                        }
                    }
                }
            }
            Collation c = Collation.of(pooled.stream().map(Findings::panel).toList(), pooled);
            int events = (int) Math.round((c.pooledRate() == null ? 0 : c.pooledRate()) * c.pooledReviewed());
            if (!suppress) {
                attack.published(
                        "pooled reviewed " + y,
                        ints(reviewedAtoms),
                        c.pooledReviewed(),
                        reviewedAtoms.size() * STRATA.size());
                attack.published(
                        "pooled inappropriate " + y,
                        ints(inappropriateAtoms),
                        events,
                        inappropriateAtoms.size() * STRATA.size());
            }
        }
        return attack;
    }

    /** A figure as published; under the control's suppression, withheld when 1 to 9 and otherwise exact. */
    private static void figure(
            DifferencingAttack attack, boolean suppress, String label, int[] atoms, @Nullable Integer count) {
        int shown = java.util.Objects.requireNonNull(count, label);
        if (suppress && shown > 0 && shown < 10) {
            attack.withheld(label, atoms);
        } else {
            // each atom is the sum of one perturbed cell per stratum
            attack.published(label, atoms, shown, atoms.length * STRATA.size());
        }
    }

    private static Set<Assessment> determined() {
        return EnumSet.of(Assessment.APPROPRIATE, Assessment.APPROPRIATE_WITH_OBSERVATIONS, Assessment.INAPPROPRIATE);
    }

    private static int atom(int panel, int year, Assessment verdict) {
        return (panel * YEARS + year) * VERDICTS.size() + verdict.ordinal();
    }

    private static int[] atoms(int panel, int year, Set<Assessment> verdicts) {
        List<Integer> out = new ArrayList<>();
        for (Assessment v : verdicts) {
            out.add(atom(panel, year, v));
        }
        return ints(out);
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<EligibleCase> eligible(String meeting, Random random) {
        List<EligibleCase> cases = new ArrayList<>();
        int n = 20 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            boolean da = random.nextDouble() < 0.15;
            cases.add(new EligibleCase(
                    "CR-" + meeting + "-" + i,
                    da ? "8S" : "46",
                    da ? EnumSet.of(Theme.DOMESTIC_ABUSE) : EnumSet.noneOf(Theme.class)));
        }
        return cases;
    }

    private static Panel panel(String id) {
        return new Panel(
                id,
                "Panel " + id,
                List.of("durham"),
                List.of(new Member("chair", Agency.MAGISTRACY, true, true, Set.of(), T)));
    }
}
