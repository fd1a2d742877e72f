package uk.crs.analytics.pathways;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pathways side by side for one force and period: one section per source and count basis, never added together, and
 * the conformance check.
 *
 * @param casesNote why crs's own cases are absent, or empty when they were read
 * @param disclosure the disclosure control of the counts (perturbed, or internal true counts), in words
 */
public record PathwaysReport(
        String force,
        YearMonth from,
        YearMonth to,
        boolean synthetic,
        List<Section> sections,
        List<RuleResult> rules,
        List<Finding> findings,
        String casesNote,
        String disclosure) {

    /** What the internal version (true counts and references) says of itself. */
    public static final String INTERNAL_NOTE = "INTERNAL: true counts and the references of the records the rules"
            + " find, for follow-up inside the force only; not for publication (publish the version without"
            + " --internal, whose counts are perturbed and which lists no reference).";

    /** Shown with every output: the sources count different things. */
    public static final String NOT_ADDED = "Each source is counted on its own basis and shown apart: the force's"
            + " records count outcomes by the month of their date, crs counts cases by the month they closed, and"
            + " the Home Office tables count by quarter on the basis their column names. Compare shares within a"
            + " source; never add the sources together.";

    public PathwaysReport {
        sections = List.copyOf(sections);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    /** The sources. */
    public static final String FORCE_RECORDS = "FORCE_RECORDS";

    public static final String CRS_CASES = "CRS_CASES";

    public static final String HOME_OFFICE = "HOME_OFFICE";

    /** One source in one count basis: volumes per period, offence group and outcome type. */
    public record Section(String source, String countBasis, List<Volume> volumes) {
        public Section {
            volumes = List.copyOf(volumes);
        }

        /** A volume's share of the nine outcome types of its period and offence group, in this section. */
        public double share(Volume v) {
            long total = totals().getOrDefault(v.period() + "|" + v.offenceGroup(), 0L);
            return total == 0 ? 0 : (double) v.volume() / total;
        }

        /** The total of a period and offence group. */
        public long total(String period, String offenceGroup) {
            return totals().getOrDefault(period + "|" + offenceGroup, 0L);
        }

        private Map<String, Long> totals() {
            Map<String, Long> totals = new LinkedHashMap<>();
            volumes.forEach(v -> totals.merge(v.period() + "|" + v.offenceGroup(), v.volume(), Long::sum));
            return totals;
        }

        /** The volumes of each outcome type over the whole period, in outcome type order. */
        public Map<Integer, Long> byOutcomeType() {
            Map<Integer, Long> by = new java.util.TreeMap<>();
            volumes.forEach(v -> by.merge(v.outcomeType(), v.volume(), Long::sum));
            return by;
        }

        public long volume() {
            return volumes.stream().mapToLong(Volume::volume).sum();
        }
    }

    /** @param period YYYY-MM for monthly sources, YYYY/YY Qn for the Home Office's financial quarters */
    public record Volume(String period, String offenceGroup, int outcomeType, long volume) {}

    /** A rule with how many records it found, or why it was not checked. */
    public record RuleResult(ConformanceRule rule, String appliesTo, long found) {}

    /** One record whose outcome does not fit its pathway. The reference is for the force's own users only. */
    public record Finding(
            String rule, String source, String reference, String period, int outcomeType, String offenceGroup) {}
}
