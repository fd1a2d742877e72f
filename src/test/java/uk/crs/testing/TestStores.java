package uk.crs.testing;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.crs.store.BuildInfo;
import uk.crs.store.CaseStore;
import uk.crs.store.EmbeddedPostgres;

/** Freshly migrated case stores for tests: a new database on the test PostgreSQL, or crs's own embedded server. */
public final class TestStores {

    private TestStores() {}

    /** A new database on the test PostgreSQL server, migrated as its superuser. */
    public static DataSource postgres(String prefix) {
        PostgresServer server = PostgresServer.get();
        String url = server.createDatabase(prefix);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, server.user(), server.password());
        CaseStore.migrate(dataSource);
        return dataSource;
    }

    /**
     * The embedded store under {@code home}, started and owned by the test (as {@code crs serve} would), with the
     * bundled server programs unpacked once per build rather than once per home.
     */
    public static EmbeddedPostgres embedded(Path home) {
        return EmbeddedPostgres.own(embeddedLayout(home), java.time.Duration.ofSeconds(30));
    }

    /** The standard layout under {@code home}, except for the programs, which all tests share. */
    public static EmbeddedPostgres.Layout embeddedLayout(Path home) {
        EmbeddedPostgres.Layout standard = EmbeddedPostgres.Layout.under(home, null);
        Path shared = Path.of(System.getenv().getOrDefault("CRS_PROJECT_DIR", "."), "target")
                .toAbsolutePath()
                .normalize()
                .resolve("embedded-postgresql-" + BuildInfo.postgresVersion());
        return new EmbeddedPostgres.Layout(standard.directory(), shared, null);
    }

    /** A plain data source for an account of the embedded store. */
    public static DataSource dataSource(uk.crs.store.CaseStoreConnection account) {
        return CaseStore.dataSource(account);
    }
}
