package uk.crs.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/**
 * For {@code crs serve --demo}: loads a small sample of real data.police.uk files (resources/demo/README.md says
 * which) into an empty analytics store, so that the analysis pages have something to show. A store that already
 * holds files is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("crs.demo")
class DemoOpenData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOpenData.class);
    private static final String SAMPLE = "/demo/police-uk-2024-01-sample.zip";

    /** The download the sample's files come from runs to April 2024 (its vintage), though they are all January's. */
    private static final YearMonth VINTAGE = YearMonth.of(2024, 4);

    private final OpenDataStore store;

    DemoOpenData(OpenDataStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
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
            store.ingestIfEmpty(List.of(zip), options, Clock.systemUTC())
                    .ifPresent(summary -> LOG.info(
                            "demo mode: {} rows of sample open data loaded for /analysis", summary.rowsLoaded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                deleteQuietly(folder);
            }
        }
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
