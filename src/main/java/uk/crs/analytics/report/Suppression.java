package uk.crs.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import uk.crs.analytics.report.Counts.Measure;
import uk.crs.analytics.report.Disclosure.Cell;

/**
 * Small-number suppression for public outputs. Primary: counts 1 to 9. Secondary: the report's tables are linked by
 * additive equations (national = sum of forces = sum of years = sum of crime types; force = sum of its years = sum of
 * its crime types; year = sum of forces in it; crime type likewise). While any withheld cell can be solved exactly from
 * those equations and the published cells (checked by Gaussian elimination over the withheld cells), the smallest
 * published non-zero cell in an equation through it is withheld too.
 */
public final class Suppression {

    private Suppression() {}

    public static Disclosure apply(Report report) {
        Set<Cell> primary = new HashSet<>();
        Set<Cell> secondary = new HashSet<>();
        List<List<Line>> equations = equations(report);
        for (Measure m : Measure.values()) {
            Set<Line> hidden = new HashSet<>();
            for (Line l : report.lines()) {
                long v = l.counts().get(m);
                if (v > 0 && v < Disclosure.THRESHOLD) {
                    hidden.add(l);
                    primary.add(new Cell(l, m));
                }
            }
            List<List<Line>> valid = equations.stream().filter(e -> holds(e, m)).toList();
            Set<Line> determined;
            while (!(determined = Recovery.determined(valid, hidden)).isEmpty()) {
                Set<Line> added = new HashSet<>();
                for (Line d : determined) {
                    protect(d, valid, hidden, m).ifPresent(added::add);
                }
                if (added.isEmpty()) {
                    throw new IllegalStateException("suppression cannot protect " + determined);
                }
                hidden.addAll(added);
                added.forEach(l -> secondary.add(new Cell(l, m)));
            }
        }
        return new Disclosure(primary, secondary);
    }

    /** The cell to withhold so that {@code d} is no longer determined: the smallest published non-zero partner. */
    private static java.util.Optional<Line> protect(Line d, List<List<Line>> equations, Set<Line> hidden, Measure m) {
        Predicate<Line> candidate = l -> !hidden.contains(l) && !l.equals(d);
        Comparator<Line> smallest = Comparator.comparingLong(
                (Line l) -> l.counts().get(m) == 0 ? Long.MAX_VALUE : l.counts().get(m));
        return equations.stream()
                .filter(e -> e.contains(d))
                .flatMap(List::stream)
                .filter(candidate)
                .min(smallest);
    }

    /** True when the first line's count equals the sum of the others' (the data make the equation exact). */
    private static boolean holds(List<Line> equation, Measure m) {
        long children =
                equation.stream().skip(1).mapToLong(l -> l.counts().get(m)).sum();
        return equation.size() > 1 && equation.get(0).counts().get(m) == children;
    }

    /** Each equation is a parent line followed by the lines that sum to it. */
    static List<List<Line>> equations(Report report) {
        List<List<Line>> equations = new ArrayList<>();
        Line national = report.national();
        equations.add(with(national, report.table(Line.Table.FORCE)));
        equations.add(with(national, report.table(Line.Table.YEAR)));
        equations.add(with(national, report.table(Line.Table.CRIME_TYPE)));
        equations.add(with(national, report.table(Line.Table.OFFENCE)));
        for (Line force : report.table(Line.Table.FORCE)) {
            equations.add(with(
                    force,
                    matching(report, Line.Table.FORCE_YEAR, l -> Objects.equals(l.forceSlug(), force.forceSlug()))));
            equations.add(with(
                    force,
                    matching(
                            report,
                            Line.Table.FORCE_CRIME_TYPE,
                            l -> Objects.equals(l.forceSlug(), force.forceSlug()))));
        }
        for (Line year : report.table(Line.Table.YEAR)) {
            equations.add(
                    with(year, matching(report, Line.Table.FORCE_YEAR, l -> Objects.equals(l.year(), year.year()))));
        }
        for (Line type : report.table(Line.Table.CRIME_TYPE)) {
            equations.add(with(
                    type,
                    matching(
                            report,
                            Line.Table.FORCE_CRIME_TYPE,
                            l -> Objects.equals(l.crimeType(), type.crimeType()))));
        }
        return equations;
    }

    private static List<Line> matching(Report report, Line.Table table, Predicate<Line> p) {
        return report.table(table).stream().filter(p).toList();
    }

    private static List<Line> with(Line parent, List<Line> children) {
        List<Line> e = new ArrayList<>(children.size() + 1);
        e.add(parent);
        e.addAll(children);
        return e;
    }

    /** Finds withheld cells that the equations determine exactly (reduced row echelon form over withheld cells). */
    static final class Recovery {

        private Recovery() {}

        static Set<Line> determined(List<List<Line>> equations, Set<Line> hidden) {
            Map<Line, Integer> index = new LinkedHashMap<>();
            for (List<Line> e : equations) {
                for (Line l : e) {
                    if (hidden.contains(l)) {
                        index.putIfAbsent(l, index.size());
                    }
                }
            }
            List<double[]> rows = new ArrayList<>();
            for (List<Line> e : equations) {
                double[] row = new double[index.size()];
                boolean any = false;
                for (int i = 0; i < e.size(); i++) {
                    Integer col = index.get(e.get(i));
                    if (col != null) {
                        row[col] += i == 0 ? 1 : -1;
                        any = true;
                    }
                }
                if (any) {
                    rows.add(row);
                }
            }
            List<Line> byColumn = new ArrayList<>(index.keySet());
            Set<Line> determined = new HashSet<>();
            for (int col : GaussJordanElimination.singletonColumns(rows, index.size())) {
                determined.add(byColumn.get(col));
            }
            return determined;
        }
    }
}
