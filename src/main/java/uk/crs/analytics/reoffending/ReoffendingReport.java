package uk.crs.analytics.reoffending;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Re-offending per pathway for one force's cohort; {@code disclosure} says whether the counts are perturbed (the
 * published version, {@code CellKeyPerturbation.METHOD}) or true (internal, {@link Reoffending#INTERNAL_NOTE}).
 */
public record ReoffendingReport(
        String force,
        YearMonth from,
        YearMonth to,
        LocalDate asAt,
        boolean synthetic,
        List<PathwayRates> pathways,
        String disclosure) {

    public ReoffendingReport {
        pathways = List.copyOf(pathways);
    }
}
