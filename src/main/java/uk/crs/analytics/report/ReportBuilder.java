package uk.crs.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import uk.crs.forces.Force;
import uk.crs.forces.Forces;

/** Rolls the facts up into the report's tables and computes intervals and funnel positions (small data, in Java). */
final class ReportBuilder {

    private ReportBuilder() {}

    static Report build(ReportRequest request, ReportQuery.Facts all, List<ForceCoverage> coverage) {
        return build(request, all, coverage, "");
    }

    static Report build(ReportRequest request, ReportQuery.Facts all, List<ForceCoverage> coverage, String periodNote) {
        ReportQuery.Facts facts = request.crimeType().isEmpty()
                ? all
                : all.ofCrimeType(request.crimeType().get());
        List<Line> lines = new ArrayList<>();
        Counts national = facts.rows().stream().map(FactRow::counts).reduce(Counts.ZERO, Counts::plus);
        lines.add(new Line(Line.Table.NATIONAL, null, null, null, national));
        Map<String, Counts> byForce = new TreeMap<>();
        Map<Integer, Counts> byYear = new TreeMap<>();
        Map<String, Counts> byType = new TreeMap<>();
        Map<Pair, Counts> byForceYear = new TreeMap<>();
        Map<Pair, Counts> byForceType = new TreeMap<>();
        for (FactRow r : facts.rows()) {
            String force = r.forceSlug();
            if (request.force().isPresent() && !request.force().get().equals(force)) {
                continue;
            }
            Integer year = r.year();
            String type = r.crimeType();
            if (force != null) {
                byForce.merge(force, r.counts(), Counts::plus);
            }
            if (year != null) {
                byYear.merge(year, r.counts(), Counts::plus);
            }
            if (type != null) {
                byType.merge(type, r.counts(), Counts::plus);
            }
            if (force != null && year != null) {
                byForceYear.merge(new Pair(force, year), r.counts(), Counts::plus);
            }
            if (force != null && type != null) {
                byForceType.merge(new Pair(force, type), r.counts(), Counts::plus);
            }
        }
        for (Force force : forcesToList(request, byForce)) {
            lines.add(new Line(
                    Line.Table.FORCE, force.slug(), null, null, byForce.getOrDefault(force.slug(), Counts.ZERO)));
        }
        byYear.forEach((year, c) -> addIfData(lines, Line.Table.YEAR, null, year, null, c));
        byType.forEach((type, c) -> addIfData(lines, Line.Table.CRIME_TYPE, null, null, type, c));
        byForceYear.forEach((p, c) -> addIfData(lines, Line.Table.FORCE_YEAR, p.force(), (Integer) p.key(), null, c));
        byForceType.forEach(
                (p, c) -> addIfData(lines, Line.Table.FORCE_CRIME_TYPE, p.force(), null, (String) p.key(), c));
        facts.offences().forEach(o -> addIfData(lines, Line.Table.OFFENCE, null, null, o.code(), o.counts()));

        @Nullable Double target = national.shareOfAssigned();
        // Every force with assigned outcomes is a unit of the funnel, even when the report shows one force.
        Map<String, Counts> allForces = new TreeMap<>();
        facts.rows().stream()
                .filter(r -> r.forceSlug() != null)
                .forEach(r -> allForces.merge(Objects.requireNonNull(r.forceSlug()), r.counts(), Counts::plus));
        allForces.values().removeIf(c -> c.assigned() == 0);
        FunnelPlot funnel = FunnelPlot.fit(
                target == null ? 0 : target,
                allForces.values().stream().map(ReportBuilder::unit).toList());
        Map<String, ForceStats> stats = new HashMap<>();
        for (Map.Entry<String, Counts> e : allForces.entrySet()) {
            FunnelPlot.Unit u = unit(e.getValue());
            stats.put(
                    e.getKey(),
                    new ForceStats(
                            Interval.wilson(u.x(), u.n(), Interval.Z95),
                            Interval.wilson(
                                    e.getValue().communityResolutions(),
                                    e.getValue().crimes(),
                                    Interval.Z95),
                            funnel.position(u, true),
                            funnel.position(u, false)));
        }
        return new Report(
                request.source(),
                facts.first().or(request::from),
                facts.last().or(request::to),
                facts.basis(),
                lines,
                stats,
                funnel,
                facts.offences(),
                request.force(),
                coverage,
                request.period(),
                periodNote);
    }

    private static FunnelPlot.Unit unit(Counts c) {
        return new FunnelPlot.Unit(c.communityResolutions(), c.assigned());
    }

    private record Pair(String force, Comparable<?> key) implements Comparable<Pair> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public int compareTo(Pair o) {
            int c = force.compareTo(o.force);
            return c != 0 ? c : ((Comparable) key).compareTo(o.key);
        }
    }

    private static List<Force> forcesToList(ReportRequest request, Map<String, Counts> byForce) {
        List<Force> forces = new ArrayList<>();
        for (Force f : Forces.standard().all()) {
            boolean wanted = request.force().map(f.slug()::equals).orElse(true);
            // Northern Ireland is outside England and Wales: listed only when the data contain it.
            boolean inScope = !f.slug().equals("northern-ireland") || byForce.containsKey(f.slug());
            if (wanted && inScope) {
                forces.add(f);
            }
        }
        forces.sort(Comparator.comparing(Force::name));
        return forces;
    }

    private static void addIfData(
            List<Line> lines,
            Line.Table table,
            @Nullable String force,
            @Nullable Integer year,
            @Nullable String type,
            Counts counts) {
        if (counts.crimes() > 0) {
            lines.add(new Line(table, force, year, type, counts));
        }
    }
}
