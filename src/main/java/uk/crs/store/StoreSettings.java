package uk.crs.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where crs keeps its data: a home directory (embedded case store and analytics file) and, when configured, a
 * PostgreSQL case store.
 *
 * @param home the directory named by {@code CRS_HOME}, or {@code ./var}
 * @param databaseUrl the JDBC URL of a PostgreSQL server from {@code CRS_DATABASE_URL}; null means embedded
 */
public record StoreSettings(
        Path home, @Nullable String databaseUrl, @Nullable String databaseUser, @Nullable String databasePassword) {

    public static final String HOME = "CRS_HOME";
    public static final String DATABASE_URL = "CRS_DATABASE_URL";
    public static final String DATABASE_USER = "CRS_DATABASE_USER";
    public static final String DATABASE_PASSWORD = "CRS_DATABASE_PASSWORD";

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
                env.apply(DATABASE_PASSWORD).orElse(null));
    }

    public boolean embedded() {
        return databaseUrl == null;
    }

    /** The JDBC URL of the case store: the configured PostgreSQL server, or an H2 file under the home. */
    public String caseStoreUrl() {
        if (databaseUrl != null) {
            return databaseUrl;
        }
        // PostgreSQL mode keeps the SQL of the migrations portable; AUTO_SERVER lets a CLI command
        // (e.g. `crs audit verify`) open the store while `crs serve` holds it.
        return "jdbc:h2:file:" + embeddedDirectory().resolve("crs")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    /** The directory of the embedded case store. */
    public Path embeddedDirectory() {
        return home.resolve("cases");
    }

    /** Whether the embedded case store's database file exists (H2 would otherwise create an empty one on open). */
    public boolean embeddedStoreExists() {
        return Files.isRegularFile(embeddedDirectory().resolve("crs.mv.db"));
    }

    public String caseStoreUser() {
        return databaseUrl != null && databaseUser != null ? databaseUser : embedded() ? "crs" : "";
    }

    public String caseStorePassword() {
        return databasePassword != null ? databasePassword : "";
    }

    /** The DuckDB file that holds ingested open data and reports' source tables. */
    public Path analyticsFile() {
        return home.resolve("analytics.duckdb");
    }

    /** Spring properties that point the application at these stores. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("crs.home", home.toString());
        properties.put("spring.datasource.url", caseStoreUrl());
        properties.put("spring.datasource.username", caseStoreUser());
        properties.put("spring.datasource.password", caseStorePassword());
        return properties;
    }

    /** The URL with any password parameter removed, safe to print. */
    public String describeCaseStore() {
        return embedded()
                ? "embedded H2 at " + embeddedDirectory()
                : caseStoreUrl().replaceAll("(?i)password=[^&;]*", "password=***");
    }
}
