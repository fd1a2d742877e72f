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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import uk.crs.analytics.AnalyticsStore;

/** Property: for any street file, rows in = rows loaded + rows rejected, and the store agrees with the summary. */
class RowAccountingTest {

    private static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

    @Property(tries = 25)
    void everyRowIsEitherLoadedOrRejected(@ForAll("rows") List<Tuple.Tuple3<String, String, String>> rows)
            throws Exception {
        Path dir = Files.createTempDirectory("crs-rows-");
        StringBuilder csv = new StringBuilder(HEADER);
        int i = 0;
        for (Tuple.Tuple3<String, String, String> r : rows) {
            csv.append("id")
                    .append(i++)
                    .append(',')
                    .append(r.get1())
                    .append(',')
                    .append(r.get2())
                    .append(',')
                    .append(r.get2())
                    .append(",0,0,On or near X,E01,X 001A,Shoplifting,")
                    .append(r.get3())
                    .append(",\n");
        }
        Path file = dir.resolve("street.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        try (AnalyticsStore store = AnalyticsStore.open(dir.resolve("a.duckdb"))) {
            IngestSummary summary = new Ingestion(store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                    .ingest(
                            List.of(file),
                            new IngestOptions(1.0, java.util.Optional.empty(), java.util.Optional.empty()),
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

    @Provide
    Arbitrary<List<Tuple.Tuple3<String, String, String>>> rows() {
        Arbitrary<String> month = Arbitraries.of("2024-01", "2024-02", "2024-13", "Jan 2024", "");
        Arbitrary<String> force = Arbitraries.of("Kent Police", "Durham Constabulary", "Atlantis Police");
        Arbitrary<String> outcome =
                Arbitraries.of("", "Local resolution", "Under investigation", "Offender fined", "Sent to the moon");
        return net.jqwik.api.Combinators.combine(month, force, outcome)
                .as(Tuple::of)
                .list()
                .ofMinSize(1)
                .ofMaxSize(40);
    }

    private static long count(AnalyticsStore store, String sql) throws SQLException {
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
