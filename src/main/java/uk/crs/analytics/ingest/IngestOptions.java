package uk.crs.analytics.ingest;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Settings for one ingest run: the largest share of a file's rows that may be rejected before the file is refused,
 * the layout of aggregated count tables (when {@code --format counts}), the dataset name they are stored under, and
 * the vintage of the download ({@code --vintage}; otherwise worked out from the folder layout, see {@link Vintages}).
 */
public record IngestOptions(
        double maxRejectRate, Optional<CountsLayout> counts, Optional<String> dataset, Optional<YearMonth> vintage) {

    public static final double DEFAULT_MAX_REJECT_RATE = 0.01;

    public IngestOptions {
        if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
            throw new IllegalArgumentException("--max-reject-rate must be between 0 and 1, found " + maxRejectRate);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_REJECT_RATE, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
