package uk.crs.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.analytics.AnalyticsStore;

/**
 * A street batch runs its scan on DuckDB's default worker threads and the statements after it on one: the session
 * gets its default back afterwards, so later work in the same session (the next file, a report) is not held to one
 * thread, whether the batch loaded or was refused.
 */
class StreetBatchThreadsTest {

    private static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

    @Test
    void theSessionKeepsItsThreadsAfterALoadedAndARefusedBatch(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("2024-01").resolve("2024-01-kent-street.csv");
        Files.createDirectories(good.getParent());
        Files.writeString(
                good,
                HEADER
                        + "a1,2024-01,Kent Police,Kent Police,0,0,On or near X,E01,X 001A,Shoplifting,Local resolution,\n"
                        + "a2,2024-01,Kent Police,Kent Police,0,0,On or near X,E01,X 001A,Burglary,,\n",
                StandardCharsets.UTF_8);
        Path bad = dir.resolve("2024-02").resolve("2024-02-kent-street.csv");
        Files.createDirectories(bad.getParent());
        Files.writeString(
                bad,
                HEADER + "b1,2024-02,Atlantis Police,Atlantis Police,0,0,On or near X,E01,X 001A,Shoplifting,,\n",
                StandardCharsets.UTF_8);

        try (AnalyticsStore store = AnalyticsStore.open(dir.resolve("a.duckdb"))) {
            long before = scalar(store, "SELECT current_setting('threads')");
            IngestSummary summary = new Ingestion(store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                    .ingest(
                            List.of(dir),
                            new IngestOptions(0.01, Optional.empty(), Optional.empty(), Optional.empty()),
                            IngestListener.NONE);

            assertThat(summary.rowsLoaded()).isEqualTo(2);
            assertThat(summary.rejectedFiles()).hasSize(1);
            assertThat(scalar(store, "SELECT current_setting('threads')")).isEqualTo(before);
            assertThat(scalar(store, "SELECT count(*) FROM ref_force WHERE slug = 'kent'"))
                    .isPositive();
        }
    }

    private static long scalar(AnalyticsStore store, String sql) throws SQLException {
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
