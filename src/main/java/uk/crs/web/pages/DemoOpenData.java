package uk.crs.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import uk.crs.analytics.ingest.IngestOptions;
import uk.crs.analytics.records.IngestResult;
import uk.crs.analytics.records.SyntheticExtract;

/**
 * For {@code crs serve --demo}, the one writer of the demo's analytics store ({@code $CRS_HOME/analytics.duckdb}),
 * through {@link OpenDataStore} and its lock: a small sample of real data.police.uk files (resources/demo/README.md
 * says which) loaded into a store that holds no open data yet, so that the analysis pages have something to show; and
 * the synthetic Durham records extract of {@link SyntheticExtract#DEMO_SEED}, written to {@code $CRS_HOME/demo/} and
 * ingested once (a later start finds it already ingested), so that reconciliation, pathways and re-offending have
 * something to show. The extract's crime references start with {@code SYNTHETIC-}, so every output labels it synthetic.
 */
@Component
@ConditionalOnBooleanProperty("crs.demo")
class DemoOpenData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOpenData.class);
    private static final String SAMPLE = "/demo/police-uk-2024-01-sample.zip";

    /** The download the sample's files come from runs to April 2024 (its vintage), though they are all January's. */
    private static final YearMonth VINTAGE = YearMonth.of(2024, 4);

    /** The synthetic extract's force and size. */
    static final String FORCE_NAME = "Durham Constabulary";

    static final int PEOPLE = 3000;

    private final OpenDataStore store;

    DemoOpenData(OpenDataStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        Clock clock = Clock.systemUTC();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("crs-demo-open-data-");
            Path zip = folder.resolve("police-uk-2024-01-sample.zip");
            try (InputStream in = Objects.requireNonNull(
                    DemoOpenData.class.getResourceAsStream(SAMPLE), "the demo sample " + SAMPLE + " is missing")) {
                Files.copy(in, zip);
            }
            IngestOptions options = new IngestOptions(
                    IngestOptions.DEFAULT_MAX_REJECT_RATE, Optional.empty(), Optional.empty(), Optional.of(VINTAGE));
            store.ingestIfEmpty(List.of(zip), options, clock)
                    .ifPresent(summary -> LOG.info(
                            "demo mode: {} rows of sample open data loaded for /analysis", summary.rowsLoaded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                deleteQuietly(folder);
            }
        }
        Path extract = syntheticExtract(store.home());
        for (IngestResult result : store.ingestRecords(List.of(extract), clock)) {
            if (result instanceof IngestResult.Loaded) {
                LOG.info("crs: demo: {}", result.describe());
            } else if (result instanceof IngestResult.Refused) {
                LOG.warn("crs: demo: {}", result.describe());
            }
        }
    }

    /** The demo's synthetic extract, written on first use; the same seed gives the same bytes. */
    static Path syntheticExtract(Path home) {
        Path file = home.resolve("demo").resolve("synthetic-durham-records.csv");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    SyntheticExtract.write(SyntheticExtract.DEMO_SEED, FORCE_NAME, PEOPLE, w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo extract " + file, e);
        }
        return file;
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("demo mode: could not delete a temporary folder: {}", e.getMessage());
        }
    }
}
