package uk.crs.web.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.LoadedFiles;
import uk.crs.analytics.ingest.IngestListener;
import uk.crs.analytics.ingest.IngestOptions;
import uk.crs.analytics.ingest.IngestSummary;
import uk.crs.analytics.ingest.Ingestion;
import uk.crs.analytics.records.ForceRecordsIngest;
import uk.crs.analytics.records.IngestResult;
import uk.crs.analytics.records.PersonKey;

/**
 * The analytics store ({@code $CRS_HOME/analytics.duckdb}, the one {@code crs ingest} fills) as the analysis pages
 * use it: opened for each request and closed after it, so that {@code crs ingest} can load files while the server
 * runs. DuckDB lets one process write a file at a time; requests here take turns, and a request that finds the file
 * held by an ingest elsewhere is told so ({@link Busy}).
 */
@Component
class OpenDataStore {

    /** The store is held by another process (an ingest running). */
    static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(Throwable cause) {
            super("the analytics store is in use by another process", cause);
        }
    }

    private final Path home;
    private final Path file;

    OpenDataStore(@Value("${crs.home:var}") String home) {
        this.home = Path.of(home);
        this.file = this.home.resolve("analytics.duckdb");
    }

    /** {@code $CRS_HOME}, where the person key and the demo's files are kept. */
    Path home() {
        return home;
    }

    /** What {@code work} returns from the store, or empty when nothing has been ingested yet. */
    synchronized <T> Optional<T> read(Function<AnalyticsStore, T> work) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (AnalyticsStore store = open()) {
            return Optional.of(work.apply(store));
        }
    }

    /**
     * Ingests {@code paths} when the store holds no open-data file (the demo's sample); empty if it held some. A force's
     * records extract does not count: the demo loads its synthetic one after the sample.
     */
    synchronized Optional<IngestSummary> ingestIfEmpty(List<Path> paths, IngestOptions options, Clock clock) {
        try (AnalyticsStore store = open()) {
            if (LoadedFiles.of(store).stream().anyMatch(f -> !f.kind().equals(ForceRecordsIngest.KIND))) {
                return Optional.empty();
            }
            return Optional.of(new Ingestion(store, clock).ingest(paths, options, IngestListener.NONE));
        }
    }

    /** Ingests force records extracts (the demo's synthetic one), pseudonymised under {@code $CRS_HOME}'s key. */
    synchronized List<IngestResult> ingestRecords(List<Path> paths, Clock clock) {
        try (AnalyticsStore store = open()) {
            return new ForceRecordsIngest(store, PersonKey.of(home), clock)
                    .ingest(paths, IngestOptions.DEFAULT_MAX_REJECT_RATE);
        }
    }

    private AnalyticsStore open() {
        try {
            return AnalyticsStore.open(file);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new Busy(e);
            }
            throw e;
        }
    }
}
