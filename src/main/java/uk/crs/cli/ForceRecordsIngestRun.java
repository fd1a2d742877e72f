package uk.crs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.records.ForceRecordsIngest;
import uk.crs.analytics.records.IngestResult;
import uk.crs.analytics.records.PersonKey;
import uk.crs.store.StoreSettings;

/** {@code crs ingest --format force-records FILE...}: a force's own records extracts (docs/force-records.md). */
final class ForceRecordsIngestRun {

    static final String FORMAT = "force-records";

    private ForceRecordsIngestRun() {}

    /** Runs with options already checked by {@link IngestCommand}. */
    static int run(Environment environment, List<Path> paths, double maxRejectRate, PrintWriter out, PrintWriter err) {
        StoreSettings settings = StoreSettings.from(environment::get);
        PersonKey key;
        try {
            key = PersonKey.of(settings.home());
        } catch (IllegalStateException e) {
            err.println("crs ingest: " + e.getMessage());
            return CrsCommand.BAD_INPUT;
        }
        List<IngestResult> results;
        try (AnalyticsStore store = AnalyticsStore.open(settings.analyticsFile())) {
            results = new ForceRecordsIngest(store, key, Clock.systemUTC()).ingest(paths, maxRejectRate);
        }
        boolean refused = false;
        for (IngestResult result : results) {
            refused |= result instanceof IngestResult.Refused;
            (result instanceof IngestResult.Refused ? err : out).println(result.describe());
        }
        return refused ? CrsCommand.BAD_INPUT : 0;
    }
}
