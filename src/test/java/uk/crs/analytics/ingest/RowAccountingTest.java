package uk.crs.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.quicktheories.core.Gen;
import uk.crs.analytics.AnalyticsStore;

/**
 * Property: for any street file, rows in = rows loaded + rows rejected, and the store agrees with the summary.
 * Runs with QuickTheories (random files, shrunk and reported with the seed on failure).
 */
class RowAccountingTest {

    private static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

    /** One generated row: its month, force and last outcome, valid or not. */
    private record Row(String month, String force, String outcome) {}

    @Test
    void everyRowIsEitherLoadedOrRejected() {
        qt().withExamples(25).forAll(rows()).checkAssert(rows -> {
            try {
                check(rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void check(List<Row> rows) throws IOException, SQLException {
        Path dir = Files.createTempDirectory("crs-rows-");
        StringBuilder csv = new StringBuilder(HEADER);
        int i = 0;
        for (Row r : rows) {
            csv.append("id")
                    .append(i++)
                    .append(',')
                    .append(r.month())
                    .append(',')
                    .append(r.force())
                    .append(',')
                    .append(r.force())
                    .append(",0,0,On or near X,E01,X 001A,Shoplifting,")
                    .append(r.outcome())
                    .append(",\n");
        }
        Path file = dir.resolve("street.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        try (AnalyticsStore store = AnalyticsStore.open(dir.resolve("a.duckdb"))) {
            IngestSummary summary = new Ingestion(store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                    .ingest(
                            List.of(file),
                            new IngestOptions(1.0, Optional.empty(), Optional.empty(), Optional.empty()),
                            IngestListener.NONE);

            long rejected = summary.rejectedByReason().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            assertThat(summary.rowsLoaded() + rejected).isEqualTo(rows.size());
            assertThat(count(store, "SELECT coalesce(sum(n), 0) FROM street_summary"))
                    .isEqualTo(summary.rowsLoaded());
            assertThat(count(store, "SELECT count(*) FROM reject")).isEqualTo(rejected);
        }
    }

    private static Gen<List<Row>> rows() {
        Gen<String> month = arbitrary().pick("2024-01", "2024-02", "2024-13", "Jan 2024", "");
        Gen<String> force = arbitrary().pick("Kent Police", "Durham Constabulary", "Atlantis Police");
        Gen<String> outcome =
                arbitrary().pick("", "Local resolution", "Under investigation", "Offender fined", "Sent to the moon");
        return lists().of(month.zip(force, outcome, Row::new)).ofSizeBetween(1, 40);
    }

    private static long count(AnalyticsStore store, String sql) throws SQLException {
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
