package uk.crs.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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

    private void loadReferenceData() throws SQLException {
        execute("CREATE OR REPLACE TEMP TABLE ref_force (name VARCHAR, slug VARCHAR);"
                + "CREATE OR REPLACE TEMP TABLE ref_outcome (label VARCHAR, pending BOOLEAN, cr BOOLEAN);"
                + "CREATE OR REPLACE TEMP TABLE ref_outcome_type (code VARCHAR)");
        try (PreparedStatement forces = connection.prepareStatement("INSERT INTO ref_force VALUES (?, ?)");
                PreparedStatement outcomes = connection.prepareStatement("INSERT INTO ref_outcome VALUES (?, ?, ?)");
                PreparedStatement types = connection.prepareStatement("INSERT INTO ref_outcome_type VALUES (?)")) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Force force : Forces.standard().all()) {
                for (String name : force.names()) {
                    if (!names.add(Forces.normalise(name))) {
                        continue; // "&" and "and" spellings normalise to one name; one row keeps joins one-to-one.
                    }
                    forces.setString(1, Forces.normalise(name));
                    forces.setString(2, force.slug());
                    forces.addBatch();
                }
            }
            forces.executeBatch();
            for (OutcomeCategory category : OutcomeCategory.all()) {
                outcomes.setString(1, category.label());
                outcomes.setBoolean(2, category.pending());
                outcomes.setBoolean(3, category.communityResolution());
                outcomes.addBatch();
            }
            outcomes.executeBatch();
            for (String code : OutcomeCategory.HOME_OFFICE_TYPES) {
                types.setString(1, code);
                types.addBatch();
            }
            types.executeBatch();
        }
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
