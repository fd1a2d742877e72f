package uk.crs.analytics.report;

import java.time.YearMonth;
import java.util.Optional;

/** What to report on: the source, an optional period and force, and for some sources a dataset or count basis. */
public record ReportRequest(
        Source source,
        Optional<YearMonth> from,
        Optional<YearMonth> to,
        Optional<String> force,
        Optional<String> dataset,
        Optional<String> basis) {

    public ReportRequest {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("--from " + from.get() + " is after --to " + to.get());
        }
    }
}
