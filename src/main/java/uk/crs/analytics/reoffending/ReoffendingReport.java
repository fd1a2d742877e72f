package uk.crs.analytics.reoffending;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Re-offending per pathway for one force's cohort. */
public record ReoffendingReport(
        String force, YearMonth from, YearMonth to, LocalDate asAt, boolean synthetic, List<PathwayRates> pathways) {

    public ReoffendingReport {
        pathways = List.copyOf(pathways);
    }
}
