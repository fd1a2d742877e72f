package uk.crs.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.crs.analytics.report.Counts.Measure;

/** Small-number suppression: counts under 10 withheld, and no withheld count recoverable from the totals. */
class SuppressionTest {

    @Test
    void withholdsCountsFromOneToNineButNotZero() {
        Report report = report(Map.of("a", new long[][] {{100, 5, 0}}, "b", new long[][] {{200, 30, 40}}));

        Disclosure d = Suppression.apply(report);

        Line a = force(report, "a");
        assertThat(d.isPrimary(a, Measure.PENDING)).isTrue();
        assertThat(d.label(a, Measure.PENDING)).isEqualTo("<10");
        assertThat(d.hides(a, Measure.COMMUNITY_RESOLUTIONS)).isFalse();
        assertThat(d.hidesShares(a)).isTrue();
    }

    @Test
    void withholdsASecondCellSoThatTheTotalCannotRevealTheFirst() {
        Report report = report(Map.of(
                "a", new long[][] {{100, 20, 4}}, "b", new long[][] {{200, 30, 40}}, "c", new long[][] {{300, 40, 50}
                }));

        Disclosure d = Suppression.apply(report);

        assertThat(d.isPrimary(force(report, "a"), Measure.COMMUNITY_RESOLUTIONS))
                .isTrue();
        // The smallest other force's CRs (40, force b) are withheld as well, marked [c].
        assertThat(d.hides(force(report, "b"), Measure.COMMUNITY_RESOLUTIONS)).isTrue();
        assertThat(d.label(force(report, "b"), Measure.COMMUNITY_RESOLUTIONS)).isEqualTo("[c]");
        assertNothingRecoverable(report, d);
    }

    @Test
    void protectsSmallCellsInAForceByYearTableWithAllItsMargins() {
        // Three forces over three years; several small cells, including one force's whole year.
        Report report = report(Map.of(
                "a", new long[][] {{100, 20, 3}, {120, 20, 15}, {90, 10, 12}},
                "b", new long[][] {{300, 40, 50}, {310, 30, 7}, {280, 25, 45}},
                "c", new long[][] {{50, 5, 11}, {60, 8, 2}, {70, 9, 14}}));

        Disclosure d = Suppression.apply(report);

        assertThat(d.primary()).isNotEmpty();
        assertNothingRecoverable(report, d);
    }

    @Test
    void publishesEverythingWhenNoCountIsSmall() {
        Report report = report(Map.of("a", new long[][] {{100, 20, 30}}, "b", new long[][] {{200, 30, 40}}));

        assertThat(Suppression.apply(report).primary()).isEmpty();
        assertThat(Suppression.apply(report).secondary()).isEmpty();
    }

    /**
     * Independent check: for each measure, a withheld cell is recoverable when the additive equations between
     * published tables fix it, i.e. when removing its column from the equations over withheld cells lowers the rank
     * by one. Rank is computed here by plain Gaussian elimination, separately from production code.
     */
    private static void assertNothingRecoverable(Report report, Disclosure d) {
        List<List<Line>> equations = Suppression.equations(report);
        for (Measure m : Measure.values()) {
            List<Line> hidden = new ArrayList<>();
            for (Line l : report.lines()) {
                if (d.hides(l, m)) {
                    hidden.add(l);
                }
            }
            List<double[]> rows = new ArrayList<>();
            for (List<Line> e : equations) {
                long children =
                        e.stream().skip(1).mapToLong(l -> l.counts().get(m)).sum();
                if (e.size() < 2 || e.get(0).counts().get(m) != children) {
                    continue;
                }
                double[] row = new double[hidden.size()];
                for (int i = 0; i < e.size(); i++) {
                    int col = hidden.indexOf(e.get(i));
                    if (col >= 0) {
                        row[col] += i == 0 ? 1 : -1;
                    }
                }
                rows.add(row);
            }
            int full = rank(rows, hidden.size(), -1);
            for (int col = 0; col < hidden.size(); col++) {
                assertThat(rank(rows, hidden.size(), col))
                        .as("withheld %s of %s can be worked out from the totals", m, hidden.get(col))
                        .isEqualTo(full);
            }
        }
    }

    private static int rank(List<double[]> input, int columns, int without) {
        double[][] m = new double[input.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = input.get(i).clone();
            if (without >= 0) {
                m[i][without] = 0;
            }
        }
        int rank = 0;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int p = rank;
            while (p < m.length && Math.abs(m[p][c]) < 1e-9) {
                p++;
            }
            if (p == m.length) {
                continue;
            }
            double[] t = m[p];
            m[p] = m[rank];
            m[rank] = t;
            for (int r = rank + 1; r < m.length; r++) {
                double f = m[r][c] / m[rank][c];
                for (int k = c; k < columns; k++) {
                    m[r][k] -= f * m[rank][k];
                }
            }
            rank++;
        }
        return rank;
    }

    /** A report over forces whose rows are years 2020, 2021, ... of {crimes, pending, CRs}. */
    private static Report report(Map<String, long[][]> data) {
        List<FactRow> facts = new ArrayList<>();
        data.forEach((force, years) -> {
            for (int y = 0; y < years.length; y++) {
                facts.add(new FactRow(force, 2020 + y, "Theft", new Counts(years[y][0], years[y][1], years[y][2])));
            }
        });
        List<Line> lines = new ArrayList<>();
        Counts national = facts.stream().map(FactRow::counts).reduce(Counts.ZERO, Counts::plus);
        lines.add(new Line(Line.Table.NATIONAL, null, null, null, national));
        data.keySet().stream()
                .sorted()
                .forEach(f ->
                        lines.add(new Line(Line.Table.FORCE, f, null, null, sum(facts, r -> f.equals(r.forceSlug())))));
        Set<Integer> years = new java.util.TreeSet<>();
        facts.forEach(r -> years.add(r.year()));
        for (int y : years) {
            lines.add(new Line(Line.Table.YEAR, null, y, null, sum(facts, r -> Integer.valueOf(y)
                    .equals(r.year()))));
        }
        for (FactRow r : facts) {
            lines.add(new Line(Line.Table.FORCE_YEAR, r.forceSlug(), r.year(), null, r.counts()));
        }
        return new Report(
                Source.COUNTS,
                Optional.empty(),
                Optional.empty(),
                "test",
                lines,
                Map.of(),
                new FunnelPlot(0, 1, 0),
                List.of(),
                Optional.empty(),
                List.of());
    }

    private static Counts sum(List<FactRow> facts, java.util.function.Predicate<FactRow> p) {
        return facts.stream().filter(p).map(FactRow::counts).reduce(Counts.ZERO, Counts::plus);
    }

    private static Line force(Report report, String slug) {
        return report.table(Line.Table.FORCE).stream()
                .filter(l -> slug.equals(l.forceSlug()))
                .findFirst()
                .orElseThrow();
    }
}
