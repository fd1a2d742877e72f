package uk.crs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.ingest.IngestOptions;
import uk.crs.analytics.records.ForceRecordsIngest;
import uk.crs.analytics.records.IngestResult;
import uk.crs.analytics.records.PersonKey;
import uk.crs.analytics.records.SyntheticExtract;
import uk.crs.store.StoreSettings;

/**
 * {@code crs serve --demo}'s force records: the synthetic Durham extract of {@link SyntheticExtract#DEMO_SEED},
 * written to {@code $CRS_HOME/demo/} and ingested into the analytics store once (a later start finds it already
 * ingested), so that reconciliation, pathways and re-offending have something to show. Labelled synthetic everywhere.
 */
final class DemoExtract {

    static final String FORCE = "durham";

    private DemoExtract() {}

    static void seed(StoreSettings settings, PrintWriter out) {
        Path file = settings.home().resolve("demo").resolve("synthetic-durham-records.csv");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    SyntheticExtract.write(SyntheticExtract.DEMO_SEED, "Durham Constabulary", 3000, w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo extract " + file, e);
        }
        try (AnalyticsStore store = AnalyticsStore.open(settings.analyticsFile())) {
            for (IngestResult result : new ForceRecordsIngest(store, PersonKey.of(settings.home()), Clock.systemUTC())
                    .ingest(List.of(file), IngestOptions.DEFAULT_MAX_REJECT_RATE)) {
                if (result instanceof IngestResult.Loaded) {
                    out.println("crs: demo: " + result.describe());
                }
            }
        }
    }
}
