package uk.crs.analytics.report;

import java.util.List;

/** The definitions and methods every report states (DESIGN.md §5). */
final class Definitions {

    private Definitions() {}

    /** The report's disclosure position in one sentence. */
    static String disclosure(Disclosure d) {
        return d == Disclosure.NONE
                ? "Disclosure: counts are shown in full. These figures come from open data published record by"
                        + " record, so withholding small counts would protect no one (see Methods)."
                : "Disclosure: counts 1 to 9 are shown as <10, and cells marked [c] are withheld because they are"
                        + " linked to such counts by totals.";
    }

    /** The source's definitions, then which period the report covers and why. */
    static List<String> of(Report report) {
        List<String> all = new java.util.ArrayList<>(of(report.source()));
        if (!report.periodNote().isEmpty()) {
            all.add(report.periodNote());
        }
        return all;
    }

    static List<String> of(Source source) {
        String base = source == Source.HOME_OFFICE
                ? "Crimes: outcomes of Home Office outcome types 0 to 22 in one count basis (the two bases, outcomes"
                        + " for offences recorded in a period and outcomes assigned in a period, are never mixed)."
                        + " Pending: type 0 (not yet assigned). Community resolution (CR): type 8. Share of assigned"
                        + " outcomes = type 8 / types 1-22."
                : "Crimes: crimes with a published outcome (last outcome category not blank; anti-social behaviour"
                        + " has none). Pending: 'Under investigation' or 'Status update unavailable'. Community"
                        + " resolution (CR): 'Local resolution'.";
        return List.of(
                base,
                "shareOfCrimes = CR / crimes; shareOfAssigned = CR / (crimes - pending). Shares are fractions.",
                "Forces that published no outcomes are listed as 'no outcome data', never as 0%.",
                "shareOfCrimesCi95: Wilson score 95% interval for shareOfCrimes (CR out of all crimes with an"
                        + " outcome); shareOfAssignedCi95: Wilson score 95% interval for shareOfAssigned (CR out of"
                        + " crimes whose outcome is no longer pending). JSON also carries ci95, the old name of"
                        + " shareOfAssignedCi95.",
                "Funnel plot: each force's shareOfAssigned against the national shareOfAssigned, with 95% and 99.8%"
                        + " limits on the arcsine square-root scale; 'funnel' is the position against limits adjusted"
                        + " for over-dispersion (DerSimonian-Laird tau2 after 10% winsorisation of z-scores, as in"
                        + " FunnelPlotR), 'funnelUnadjusted' against the binomial limits.",
                "Disclosure: this report is built from open data that is already published record by record"
                        + " (data.police.uk publishes each crime with its month, area and outcome; the Home Office"
                        + " and count tables are published aggregates), so suppressing small counts here would protect"
                        + " no one and only hide figures anyone can recompute: counts are shown in full by default."
                        + " --suppress shows counts 1 to 9 as '<10' and withholds further cells ('[c]') linked to them"
                        + " by totals.");
    }
}
