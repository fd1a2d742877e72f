package uk.crs.analytics.report;

import java.util.List;

/** The definitions and methods every report states (DESIGN.md §5). */
final class Definitions {

    private Definitions() {}

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
                "ci95: Wilson score 95% interval for shareOfAssigned.",
                "Funnel plot: each force's shareOfAssigned against the national shareOfAssigned, with 95% and 99.8%"
                        + " limits on the arcsine square-root scale; 'funnel' is the position against limits adjusted"
                        + " for over-dispersion (DerSimonian-Laird tau2 after 10% winsorisation of z-scores, as in"
                        + " FunnelPlotR), 'funnelUnadjusted' against the binomial limits.",
                "Suppression (HTML and CSV unless --no-suppression; JSON only with --suppress): counts 1 to 9 are"
                        + " shown as '<10'; further cells marked '[c]' are withheld so that no withheld count can be"
                        + " worked out from totals; shares of a line with a withheld count are withheld too.");
    }
}
