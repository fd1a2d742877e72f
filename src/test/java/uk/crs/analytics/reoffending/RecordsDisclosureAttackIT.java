package uk.crs.analytics.reoffending;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.analytics.AnalyticsFixtures.crs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.Answer;
import uk.crs.analytics.pathways.Pathways;
import uk.crs.analytics.pathways.PathwaysReport;
import uk.crs.analytics.records.RecordsSecret;
import uk.crs.disclosure.CellKeyPerturbation;
import uk.crs.disclosure.DifferencingAttack;

/**
 * The differencing attacks of issue 13 on every re-offending and pathways statement one analytics store gives for a
 * year (every range of months from 2023-01 to 2023-12, as the /analysis/records pages and crs reoffending and crs
 * pathways accept them), with the shared {@link DifferencingAttack}.
 *
 * <p>Re-offending: the atoms are the classes of each month's cohort members (month x person) that every published
 * figure counts together or not at all; the attacker knows this structure (which figures share which people), not the
 * sizes. Pathways:
 * the atoms are the month x offence group x outcome type cells and month x rule cells; the attacker has every cell and
 * every total of every range. Published: no count from 1 to 9 is pinned. The control (true counts, the internal
 * version) pins them, so the test can fail.
 */
class RecordsDisclosureAttackIT {

    private static final YearMonth FIRST = YearMonth.of(2023, 1);
    private static final int MONTHS = 12;

    @TempDir
    @SuppressWarnings("NullAway.Init")
    static Path home;

    @BeforeAll
    static void load() {
        Path file = home.resolve("records.csv");
        assertThat(crs(home, "synthetic-extract", "--people", "400", "--out", file.toString())
                        .exitCode())
                .isZero();
        assertThat(crs(home, "ingest", "--format", "force-records", file.toString())
                        .exitCode())
                .isZero();
    }

    @Test
    void noReoffendingStatementOfAnyPeriodPinsASmallCount() {
        DifferencingAttack.Result published = reoffending(false);
        assertThat(published.smallFigures()).as("small counts to attack").isGreaterThan(100);
        assertThat(published.pinned()).isEmpty();
        assertThat(reoffending(true).pinned()).as("the control: true counts").isNotEmpty();
    }

    @Test
    void noPathwaysStatementOfAnyPeriodPinsASmallCount() {
        DifferencingAttack.Result published = pathways(false);
        assertThat(published.smallFigures()).as("small counts to attack").isGreaterThan(100);
        assertThat(published.pinned()).isEmpty();
        assertThat(pathways(true).pinned()).as("the control: true counts").isNotEmpty();
    }

    private static DifferencingAttack.Result reoffending(boolean internal) {
        Map<String, Integer> atoms = new HashMap<>();
        List<Object[]> figures = new ArrayList<>();
        try (AnalyticsStore store = AnalyticsStore.open(home.resolve("analytics.duckdb"))) {
            CellKeyPerturbation p = RecordsSecret.perturbation(store);
            Reoffending r = new Reoffending(store);
            // each month's cohort: which (month, person) atoms each pathway's cells count
            List<Map<Integer, List<List<Integer>>>> months = new ArrayList<>();
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = FIRST.plusMonths(m);
                assertThat(r.cohort(new ReoffendingRequest(Optional.of("durham"), month, month, Optional.empty())))
                        .isInstanceOf(Answer.Given.class);
                Map<Integer, List<List<Integer>>> cells = new HashMap<>();
                for (CohortPerson person : r.people()) {
                    int atom = atoms.computeIfAbsent(month + "|" + person.key(), k -> atoms.size());
                    List<List<Integer>> c = cells.computeIfAbsent(
                            person.pathway(), k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                    c.get(0).add(atom);
                    if (person.provenReoffender()) {
                        c.get(1).add(atom);
                    }
                    if (person.sanctionedReoffender()) {
                        c.get(2).add(atom);
                    }
                }
                months.add(cells);
            }
            for (int a = 0; a < MONTHS; a++) {
                for (int b = a; b < MONTHS; b++) {
                    ReoffendingRequest request = new ReoffendingRequest(
                            Optional.of("durham"), FIRST.plusMonths(a), FIRST.plusMonths(b), Optional.empty());
                    Map<Integer, PathwayRates> shown = new HashMap<>();
                    if (!internal) {
                        Answer<ReoffendingReport> answer = r.measure(request, Optional.of(p));
                        ((Answer.Given<ReoffendingReport>) answer)
                                .value()
                                .pathways()
                                .forEach(x -> shown.put(x.outcomeType(), x));
                    }
                    Map<Integer, List<List<Integer>>> members = new HashMap<>();
                    for (int m = a; m <= b; m++) {
                        months.get(m).forEach((pathway, c) -> {
                            List<List<Integer>> sum = members.computeIfAbsent(
                                    pathway, k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                            for (int i = 0; i < 3; i++) {
                                sum.get(i).addAll(c.get(i));
                            }
                        });
                    }
                    int cells = b - a + 1;
                    String at = a + "-" + b;
                    members.forEach((pathway, c) -> {
                        PathwayRates rate = shown.get(pathway);
                        long[] values = internal
                                ? new long[] {
                                    c.get(0).size(), c.get(1).size(), c.get(2).size()
                                }
                                : new long[] {
                                    java.util.Objects.requireNonNull(rate).people(),
                                    rate.provenReoffenders(),
                                    rate.sanctionedReoffenders()
                                };
                        String[] names = {"people ", "proven ", "sanctioned "};
                        for (int i = 0; i < 3; i++) {
                            figures.add(new Object[] {names[i] + pathway + " " + at, c.get(i), values[i], cells});
                        }
                    });
                }
            }
        }
        // The attacker knows the structure, not the people: the atoms are the classes of (month, person) that every
        // figure either counts together or not at all, and a class's size is its true count.
        Map<Integer, java.util.BitSet> signature = new HashMap<>();
        for (int f = 0; f < figures.size(); f++) {
            @SuppressWarnings("unchecked")
            List<Integer> members = (List<Integer>) figures.get(f)[1];
            for (int atom : members) {
                signature.computeIfAbsent(atom, k -> new java.util.BitSet()).set(f);
            }
        }
        Map<java.util.BitSet, Integer> classes = new HashMap<>();
        Map<Integer, Integer> classOf = new HashMap<>();
        signature.forEach((atom, sig) -> classOf.put(atom, classes.computeIfAbsent(sig, k -> classes.size())));
        long[] truth = new long[classes.size()];
        classOf.values().forEach(c -> truth[c]++);
        DifferencingAttack attack = new DifferencingAttack(truth);
        for (Object[] f : figures) {
            @SuppressWarnings("unchecked")
            List<Integer> members = (List<Integer>) f[1];
            int[] atomsOf = members.stream()
                    .map(a -> java.util.Objects.requireNonNull(classOf.get(a)))
                    .distinct()
                    .mapToInt(Integer::intValue)
                    .toArray();
            if (atomsOf.length == 0) {
                continue;
            }
            // the sum of one perturbed cell per month of the range
            attack.published((String) f[0], atomsOf, (Long) f[2], (Integer) f[3]);
        }
        return attack.run(internal);
    }

    private static DifferencingAttack.Result pathways(boolean internal) {
        Map<String, Integer> atoms = new HashMap<>();
        Map<Integer, Long> truthOf = new HashMap<>();
        DifferencingAttack[] attack = new DifferencingAttack[1];
        List<Object[]> figures = new ArrayList<>();
        try (AnalyticsStore store = AnalyticsStore.open(home.resolve("analytics.duckdb"))) {
            CellKeyPerturbation p = RecordsSecret.perturbation(store);
            Pathways pathways = new Pathways(store);
            for (int a = 0; a < MONTHS; a++) {
                for (int b = a; b < MONTHS; b++) {
                    YearMonth from = FIRST.plusMonths(a);
                    YearMonth to = FIRST.plusMonths(b);
                    PathwaysReport truth = pathways.report("durham", from, to, Optional.empty(), "", Optional.empty());
                    PathwaysReport shown = internal
                            ? truth
                            : pathways.report("durham", from, to, Optional.empty(), "", Optional.of(p));
                    PathwaysReport.Section records = truth.sections().get(0);
                    Map<Integer, List<Integer>> byType = new HashMap<>();
                    for (PathwaysReport.Volume v : records.volumes()) {
                        int atom = atoms.computeIfAbsent(
                                v.period() + "|" + v.offenceGroup() + "|" + v.outcomeType(), k -> atoms.size());
                        truthOf.put(atom, v.volume());
                        byType.computeIfAbsent(v.outcomeType(), k -> new ArrayList<>())
                                .add(atom);
                    }
                    PathwaysReport.Section published = shown.sections().get(0);
                    for (PathwaysReport.Volume v : published.volumes()) {
                        int atom = java.util.Objects.requireNonNull(
                                atoms.get(v.period() + "|" + v.offenceGroup() + "|" + v.outcomeType()));
                        figures.add(new Object[] {"cell " + v + " " + a + "-" + b, List.of(atom), v.volume()});
                    }
                    // the page's whole-period row: each outcome type's total, a sum of the published cells
                    for (Map.Entry<Integer, Long> e : published.byOutcomeType().entrySet()) {
                        figures.add(new Object[] {
                            "type " + e.getKey() + " " + a + "-" + b, byType.get(e.getKey()), e.getValue()
                        });
                    }
                }
            }
        }
        long[] truth = new long[atoms.size()];
        truthOf.forEach((atom, n) -> truth[atom] = n);
        attack[0] = new DifferencingAttack(truth);
        for (Object[] f : figures) {
            @SuppressWarnings("unchecked")
            List<Integer> members = (List<Integer>) f[1];
            attack[0].published((String) f[0], ints(members), (Long) f[2]);
        }
        return attack[0].run(internal);
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
