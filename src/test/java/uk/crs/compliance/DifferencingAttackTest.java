package uk.crs.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.crs.disclosure.CellKeyPerturbation;
import uk.crs.disclosure.DifferencingAttack;
import uk.crs.policy.Rank;

/**
 * Mounts the differencing attacks of issue 13 on every compliance statement crs can produce from one store (three
 * forces, twelve months): every force and all forces together, every range of months, each with its monthly rows and
 * its total. The attacker knows the method (published zero is a true zero; any other published p comes from a true
 * count in [max(1, p - 2), p + 2]) and that all forces = the sum of the forces and a range = the sum of its months, but
 * not the secret. The attack is the shared {@link DifferencingAttack} (independent of the production code) over the
 * (force, month) atoms of each measure.
 */
class DifferencingAttackTest {

    private static final YearMonth FIRST = YearMonth.of(2025, 1);
    private static final int MONTHS = 12;
    private static final List<String> FORCES = List.of("durham", "cleveland", "cumbria");
    private static final int ALL = -1;

    /** The measures the attack is tried on, with this test's own reading of the generated facts. */
    private static final Map<Measure, Predicate<ComplianceCase>> TRUTH = Map.of(
            Measure.CLOSED, c -> true,
            Measure.WITH_VICTIM, ComplianceCase::victim,
            Measure.VICTIM_OVERRIDDEN, ComplianceCase::overridden,
            Measure.RESERVED_OFFENCE, c -> !c.reservedClasses().isEmpty(),
            Measure.AGAINST_POLICY, c -> c.decision().equals("NOT_PERMITTED"));

    @ParameterizedTest
    @ValueSource(strings = {"store one secret 0123456789", "another store's secret 98765", "a third secret abcdefg"})
    void noCombinationOfPublishedStatementsPinsASmallCell(String secret) {
        List<ComplianceCase> store = store(2019);
        Attack attack = attack(store, Optional.of(secret), false);
        assertThat(attack.smallCells).as("the store has small cells to attack").isGreaterThan(100);
        assertThat(attack.pinned)
                .as("small true cells (1 to 9) the attacks pin exactly")
                .isEmpty();
    }

    @Test
    void theSameAttacksRecoverSmallCellsFromTheInternalTrueCounts() {
        // The control: without perturbation these attacks do recover cells, so the test above can fail.
        Attack attack = attack(store(2019), Optional.of("store one secret 0123456789"), true);
        assertThat(attack.pinned.size()).isGreaterThan(attack.smallCells / 2);
    }

    @Test
    void countsAreChangedByAtMostTwoAndNeverWithheld() {
        List<ComplianceCase> store = store(7);
        CellKeyPerturbation p =
                CellKeyPerturbation.withSecret("store one secret 0123456789".getBytes(StandardCharsets.UTF_8));
        ComplianceReport r = Compliance.tabulate(
                store, new ComplianceRequest(Optional.empty(), FIRST, FIRST.plusMonths(MONTHS - 1), false), p);
        long published = 0;
        int changed = 0;
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = FIRST.plusMonths(m);
            long truth = store.stream().filter(c -> c.closed().equals(month)).count();
            long shown = r.months().get(m).count(Measure.CLOSED);
            // All forces in a month: three perturbed force cells, each within 2 and never 0 unless truly 0.
            assertThat(shown).isBetween(Math.max(truth == 0 ? 0 : 1, truth - 6), truth + 6);
            changed += shown == truth ? 0 : 1;
            published += shown;
        }
        assertThat(r.total().count(Measure.CLOSED))
                .as("the total is the sum of the published months")
                .isEqualTo(published);
        long forces = 0;
        for (String force : FORCES) {
            forces += Compliance.tabulate(
                            store,
                            new ComplianceRequest(Optional.of(force), FIRST, FIRST.plusMonths(MONTHS - 1), false),
                            p)
                    .total()
                    .count(Measure.CLOSED);
        }
        assertThat(forces)
                .as("all forces is the sum of the forces' published figures")
                .isEqualTo(published);
        assertThat(r.method())
                .contains("cell key method")
                .contains("ons.gov.uk")
                .contains("never hidden");
        assertThat(r.againstPolicy())
                .as("case references only in the internal version")
                .isEmpty();
        assertThat(changed).as("some months perturbed").isPositive();
    }

    private record Key(int scope, int from, int to) {}

    private static final class Attack {
        int smallCells;
        final List<String> pinned = new ArrayList<>();
    }

    /**
     * Publishes every statement, then attacks each measure's small cells with the shared {@link DifferencingAttack}
     * over the (force, month) atoms.
     */
    private static Attack attack(List<ComplianceCase> store, Optional<String> secret, boolean internal) {
        CellKeyPerturbation p =
                CellKeyPerturbation.withSecret(secret.orElseThrow().getBytes(StandardCharsets.UTF_8));
        Map<Measure, DifferencingAttack> attacks = new HashMap<>();
        TRUTH.forEach((measure, truth) -> {
            long[] atoms = new long[FORCES.size() * MONTHS];
            for (ComplianceCase c : store) {
                if (truth.test(c)) {
                    atoms[members(new Key(FORCES.indexOf(c.force()), month(c), month(c)))[0]]++;
                }
            }
            attacks.put(measure, new DifferencingAttack(atoms));
        });
        for (int scope = ALL; scope < FORCES.size(); scope++) {
            Optional<String> force = scope == ALL ? Optional.empty() : Optional.of(FORCES.get(scope));
            for (int a = 0; a < MONTHS; a++) {
                for (int b = a; b < MONTHS; b++) {
                    ComplianceReport r = Compliance.tabulate(
                            store, new ComplianceRequest(force, FIRST.plusMonths(a), FIRST.plusMonths(b), internal), p);
                    for (Measure m : TRUTH.keySet()) {
                        DifferencingAttack attack = java.util.Objects.requireNonNull(attacks.get(m));
                        for (int i = a; i <= b; i++) {
                            Key cell = new Key(scope, i, i);
                            attack.published(
                                    m + " " + cell,
                                    members(cell),
                                    r.months().get(i - a).count(m));
                        }
                        Key total = new Key(scope, a, b);
                        attack.published(
                                m + " " + total, members(total), r.total().count(m));
                    }
                }
            }
        }
        Attack attack = new Attack();
        attacks.values().forEach(a -> {
            DifferencingAttack.Result result = a.run(internal);
            attack.smallCells += result.smallFigures();
            attack.pinned.addAll(result.pinned());
        });
        return attack;
    }

    private static int month(ComplianceCase c) {
        return (int) (c.closed().getYear() * 12L
                + c.closed().getMonthValue()
                - (FIRST.getYear() * 12L + FIRST.getMonthValue()));
    }

    private static int[] members(Key k) {
        List<Integer> out = new ArrayList<>();
        for (int f = 0; f < FORCES.size(); f++) {
            if (k.scope() == ALL || k.scope() == f) {
                for (int m = k.from(); m <= k.to(); m++) {
                    out.add(f * MONTHS + m);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Three forces of different sizes, twelve months, many small cells and some empty months. */
    static List<ComplianceCase> store(long seed) {
        Random random = new Random(seed);
        List<ComplianceCase> cases = new ArrayList<>();
        int[] size = {25, 8, 3};
        for (int f = 0; f < FORCES.size(); f++) {
            for (int m = 0; m < MONTHS; m++) {
                int n = random.nextInt(size[f] + 1);
                for (int i = 0; i < n; i++) {
                    boolean victim = random.nextDouble() < 0.6;
                    cases.add(new ComplianceCase(
                            "case-" + f + "-" + m + "-" + i + "-" + random.nextInt(1_000_000),
                            FORCES.get(f),
                            FIRST.plusMonths(m),
                            random.nextDouble() < 0.05 ? "NOT_PERMITTED" : "PERMITTED",
                            Rank.NONE,
                            false,
                            victim,
                            victim,
                            victim && random.nextDouble() < 0.9,
                            victim && random.nextDouble() < 0.1,
                            random.nextDouble() < 0.85,
                            random.nextDouble() < 0.1,
                            random.nextInt(200),
                            random.nextDouble() < 0.04 ? Set.of("WEAPON_POSSESSION") : Set.of()));
                }
            }
        }
        return cases;
    }
}
