package uk.crs.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where crs keeps its data: a home directory (the embedded case store and the analytics file) and, when configured, an
 * external PostgreSQL case store.
 *
 * @param home the directory named by {@code CRS_HOME}, or {@code ./var}
 * @param databaseUrl the JDBC URL of a PostgreSQL server from {@code CRS_DATABASE_URL}; null means embedded
 * @param embeddedPort the port of the embedded server from {@code CRS_EMBEDDED_DATABASE_PORT}, as given; null means a
 *     free port chosen at each start
 */
public record StoreSettings(
        Path home,
        @Nullable String databaseUrl,
        @Nullable String databaseUser,
        @Nullable String databasePassword,
        @Nullable String embeddedPort) {

    public static final String HOME = "CRS_HOME";
    public static final String DATABASE_URL = "CRS_DATABASE_URL";
    public static final String DATABASE_USER = "CRS_DATABASE_USER";
    public static final String DATABASE_PASSWORD = "CRS_DATABASE_PASSWORD";
    public static final String EMBEDDED_PORT = "CRS_EMBEDDED_DATABASE_PORT";

    public StoreSettings {
        requireNonNull(home, "home");
        home = home.toAbsolutePath().normalize();
    }

    /** Reads the settings from environment variables, looked up through {@code env}. */
    public static StoreSettings from(Function<String, Optional<String>> env) {
        return new StoreSettings(
                Path.of(env.apply(HOME).orElse("var")),
                env.apply(DATABASE_URL).orElse(null),
                env.apply(DATABASE_USER).orElse(null),
                env.apply(DATABASE_PASSWORD).orElse(null),
                env.apply(EMBEDDED_PORT).orElse(null));
    }

    public boolean embedded() {
        return databaseUrl == null;
    }

    /** The external PostgreSQL server's URL and account; only when {@link #embedded()} is false. */
    public CaseStoreConnection external() {
        if (databaseUrl == null) {
            throw new IllegalStateException("no " + DATABASE_URL + ": the case store is the embedded one");
        }
        return new CaseStoreConnection(
                databaseUrl,
                databaseUser == null ? "" : databaseUser,
                databasePassword == null ? "" : databasePassword);
    }

    /** The embedded store's files and port; the port must have passed {@link StartupChecks#stores}. */
    public EmbeddedPostgres.Layout embeddedLayout() {
        return EmbeddedPostgres.Layout.under(home, embeddedPort == null ? null : Integer.valueOf(embeddedPort.strip()));
    }

    /** The DuckDB file that holds ingested open data and reports' source tables. */
    public Path analyticsFile() {
        return home.resolve("analytics.duckdb");
    }

    /**
     * Spring properties that point the application at the case store: the external server's URL and account, or, for
     * the embedded store, none (the application's pool waits for the server {@code crs serve} starts beside it, {@link
     * EmbeddedStoreStart}).
     */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("crs.home", home.toString());
        if (embedded()) {
            // the embedded server's owner brings the schema up to date (EmbeddedPostgres)
            properties.put("spring.flyway.enabled", false);
        } else {
            CaseStoreConnection connection = external();
            properties.put("spring.datasource.url", connection.url());
            properties.put("spring.datasource.username", connection.user());
            properties.put("spring.datasource.password", connection.password());
        }
        return properties;
    }

    /** The case store in words, with any password in the URL removed: safe to print. */
    public String describeCaseStore() {
        return databaseUrl == null
                ? "embedded PostgreSQL in " + home.resolve("pg")
                : databaseUrl.replaceAll("(?i)password=[^&;]*", "password=***");
    }
}
