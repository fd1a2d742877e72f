package uk.crs.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import uk.crs.forces.Force;
import uk.crs.forces.Forces;

/** The DuckDB analytics file: opens it, creates the schema and loads the reference tables into the session. */
public final class AnalyticsStore implements AutoCloseable {

    /** DuckDB's own memory cap; with the JVM heap this keeps a run under 1 GB whatever the input size. */
    public static final String DEFAULT_MEMORY_LIMIT = "320MB";

    private final Connection connection;

    private AnalyticsStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating if needed) the store at {@code file}. */
    public static AnalyticsStore open(Path file) {
        return open(file, Timing.off());
    }

    /** Opens (creating if needed) the store at {@code file}, timing the phases of opening. */
    public static AnalyticsStore open(Path file, Timing timing) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Properties properties = new Properties();
            properties.setProperty("memory_limit", DEFAULT_MEMORY_LIMIT);
            long t = timing.start();
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
            timing.add("open: DuckDB connect", t);
            t = timing.start();
            AnalyticsStore store = new AnalyticsStore(c);
            store.execute(SqlScript.load("schema.sql"));
            timing.add("open: schema", t);
            t = timing.start();
            store.loadReferenceData();
            timing.add("open: reference data", t);
            return store;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the analytics store " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Runs a script of ;-separated statements. */
    public void execute(String script) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : SqlScript.statements(script)) {
                s.execute(sql);
            }
        }
    }

    /**
     * The reference tables, each filled by one INSERT of literal rows: row-by-row JDBC batches cost 0.1 s, a tenth of
     * a report on ingested data.
     */
    private void loadReferenceData() throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.List<String> forces = new java.util.ArrayList<>();
        for (Force force : Forces.standard().all()) {
            for (String name : force.names()) {
                if (!names.add(Forces.normalise(name))) {
                    continue; // "&" and "and" spellings normalise to one name; one row keeps joins one-to-one.
                }
                forces.add(
                        "(" + SqlScript.literal(Forces.normalise(name)) + ", " + SqlScript.literal(force.slug()) + ")");
            }
        }
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        for (OutcomeCategory category : OutcomeCategory.all()) {
            outcomes.add("(" + SqlScript.literal(category.label()) + ", " + category.pending() + ", "
                    + category.communityResolution() + ")");
        }
        java.util.List<String> types = new java.util.ArrayList<>();
        for (String code : OutcomeCategory.HOME_OFFICE_TYPES) {
            types.add("(" + SqlScript.literal(code) + ")");
        }
        execute("CREATE OR REPLACE TEMP TABLE ref_force (name VARCHAR, slug VARCHAR);\n"
                + "CREATE OR REPLACE TEMP TABLE ref_outcome (label VARCHAR, pending BOOLEAN, cr BOOLEAN);\n"
                + "CREATE OR REPLACE TEMP TABLE ref_outcome_type (code VARCHAR);\n"
                + "INSERT INTO ref_force VALUES " + String.join(", ", forces) + ";\n"
                + "INSERT INTO ref_outcome VALUES " + String.join(", ", outcomes) + ";\n"
                + "INSERT INTO ref_outcome_type VALUES " + String.join(", ", types));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the analytics store: " + e.getMessage(), e);
        }
    }
}
