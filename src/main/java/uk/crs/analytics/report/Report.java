package uk.crs.analytics.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A community-resolution report: all tables as {@link Line}s, per-force statistics, the funnel plot fit and, for Home
 * Office data, the breakdown by offence code. {@code basis} names the count basis or dataset used.
 */
public record Report(
        Source source,
        Optional<YearMonth> from,
        Optional<YearMonth> to,
        String basis,
        List<Line> lines,
        Map<String, ForceStats> forceStats,
        FunnelPlot funnel,
        List<OffenceLine> offences,
        Optional<String> forceSlug,
        List<ForceCoverage> coverage,
        PeriodMode periodMode,
        String periodNote) {

    /** A report over all the months it was asked for (no common-period narrowing). */
    public Report(
            Source source,
            Optional<YearMonth> from,
            Optional<YearMonth> to,
            String basis,
            List<Line> lines,
            Map<String, ForceStats> forceStats,
            FunnelPlot funnel,
            List<OffenceLine> offences,
            Optional<String> forceSlug,
            List<ForceCoverage> coverage) {
        this(source, from, to, basis, lines, forceStats, funnel, offences, forceSlug, coverage, PeriodMode.ALL, "");
    }

    public Report {
        coverage = List.copyOf(coverage);
        lines = List.copyOf(lines);
        forceStats = Map.copyOf(forceStats);
        offences = List.copyOf(offences);
    }

    public List<Line> table(Line.Table table) {
        return lines.stream().filter(l -> l.table() == table).toList();
    }

    public Line national() {
        return table(Line.Table.NATIONAL).get(0);
    }

    /** The line of the offence-code breakdown (Home Office data) for a code; its crime type is the code. */
    public Line offenceLine(OffenceLine offence) {
        return table(Line.Table.OFFENCE).stream()
                .filter(l -> offence.code().equals(l.crimeType()))
                .findFirst()
                .orElse(new Line(Line.Table.OFFENCE, null, null, offence.code(), offence.counts()));
    }

    public ForceStats stats(String slug) {
        return forceStats.getOrDefault(slug, ForceStats.NONE);
    }

    /** The title: which forces and which period the figures actually cover. */
    public String title() {
        String who = forceSlug.map(ForceNames::of).orElse("All forces with data loaded");
        String common = periodMode == PeriodMode.COMMON && source == Source.POLICE_UK ? ", common period" : "";
        return "Community resolutions: " + who + ", " + period() + common + " (" + source.id() + ")";
    }

    public String period() {
        return from.map(YearMonth::toString).orElse("(no data)") + " to "
                + to.map(YearMonth::toString).orElse("(no data)");
    }
}
