package uk.crs.compliance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.crs.disclosure.Cell;
import uk.crs.disclosure.CellKeyPerturbation;

/**
 * Tabulates compliance from closed cases. The finest cells (force x month of closure x measure) are each a {@link
 * Cell} of the cases they count (the record key of a case is its id's), published through the one disclosure control
 * unless the statement is internal; every total (a period, all forces) is the sum of the published finest cells, so
 * no combination of statements says more than that one perturbed table.
 */
public final class Compliance {

    public static final String INTERNAL_NOTE = "INTERNAL: true counts and the case references of decisions against"
            + " policy, for follow-up inside the force only; not for publication (publish the version without"
            + " --internal, whose counts are perturbed).";

    private Compliance() {}

    public static ComplianceReport tabulate(
            List<ComplianceCase> cases, ComplianceRequest request, CellKeyPerturbation perturbation) {
        // The finest cells: force x month x measure, each a cell of the cases it counts.
        Map<String, Map<YearMonth, Map<Measure, Cell>>> cells = new TreeMap<>();
        List<String> against = new ArrayList<>();
        for (ComplianceCase c : cases) {
            if (request.force().map(f -> !f.equals(c.force())).orElse(false)
                    || c.closed().isBefore(request.from())
                    || c.closed().isAfter(request.to())) {
                continue;
            }
            int key = perturbation.recordKey(c.reference());
            Map<Measure, Cell> month = cells.computeIfAbsent(c.force(), f -> new TreeMap<>())
                    .computeIfAbsent(c.closed(), m -> new EnumMap<>(Measure.class));
            for (Measure m : Measure.values()) {
                if (m.counts(c)) {
                    month.merge(m, new Cell(1, key), Cell::plus);
                }
            }
            if (c.againstPolicy()) {
                against.add(c.reference());
            }
        }
        // Each finest cell is published once; every other figure is a sum of published finest cells.
        List<ComplianceReport.Row> rows = new ArrayList<>();
        Map<Measure, Long> total = new EnumMap<>(Measure.class);
        for (YearMonth m = request.from(); !m.isAfter(request.to()); m = m.plusMonths(1)) {
            Map<Measure, Long> counts = new EnumMap<>(Measure.class);
            for (Map<YearMonth, Map<Measure, Cell>> force : cells.values()) {
                Map<Measure, Cell> month = force.getOrDefault(m, Map.of());
                for (Measure measure : Measure.values()) {
                    Cell cell = month.getOrDefault(measure, Cell.EMPTY);
                    long shown = request.internal() ? cell.count() : perturbation.publish(cell);
                    counts.merge(measure, shown, Long::sum);
                }
            }
            for (Measure measure : Measure.values()) {
                counts.putIfAbsent(measure, 0L);
                total.merge(measure, counts.get(measure), Long::sum);
            }
            rows.add(new ComplianceReport.Row(m, counts));
        }
        against.sort(null);
        return new ComplianceReport(
                request.force(),
                request.from(),
                request.to(),
                request.internal(),
                rows,
                new ComplianceReport.Row(null, total),
                request.internal() ? against : List.of(),
                request.internal() ? INTERNAL_NOTE : CellKeyPerturbation.METHOD);
    }
}
