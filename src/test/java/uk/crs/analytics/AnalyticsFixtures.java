package uk.crs.analytics;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.crs.Crs;

/** Test fixtures for analytics: the real sample files under src/test/resources/analytics and a CLI runner. */
public final class AnalyticsFixtures {

    private AnalyticsFixtures() {}

    /** A file or folder under src/test/resources/analytics. */
    public static Path resource(String path) {
        try {
            return Path.of(
                    AnalyticsFixtures.class.getResource("/analytics/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource analytics/" + path, e);
        }
    }

    /** The result of running the {@code crs} command line in-process. */
    public record Run(int exitCode, String out, String err) {}

    /** Runs {@code crs args...} with CRS_HOME set to {@code home}. */
    public static Run crs(Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
                PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8)) {
            code = Crs.run(args, Map.of("CRS_HOME", home.toString()), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every table's full contents, as text, to show that a failed ingest changed nothing. */
    public static List<String> snapshot(Path home) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (AnalyticsStore store = AnalyticsStore.open(home.resolve("analytics.duckdb"));
                Statement s = store.connection().createStatement()) {
            for (String table : List.of(
                    "ingested_file",
                    "street_crime",
                    "street_summary",
                    "outcome_event",
                    "home_office_outcome",
                    "count_row",
                    "reject")) {
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) {
                            row.append('|').append(r.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    /** A single number from the store at {@code home}. */
    public static long scalar(Path home, String sql) throws SQLException {
        try (AnalyticsStore store = AnalyticsStore.open(home.resolve("analytics.duckdb"));
                Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
