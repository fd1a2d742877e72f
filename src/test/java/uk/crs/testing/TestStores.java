package uk.crs.testing;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.crs.store.CaseStore;

/** Freshly migrated case stores for tests: embedded H2 in memory, or a new database on the test PostgreSQL. */
public final class TestStores {

    private TestStores() {}

    /** A new in-memory H2 store in PostgreSQL mode, as the embedded store is configured, with every migration. */
    public static DataSource h2() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "crs", "");
        CaseStore.migrate(dataSource, true);
        return dataSource;
    }

    /** A new database on the test PostgreSQL server, migrated as its superuser. */
    public static DataSource postgres(String prefix) {
        PostgresServer server = PostgresServer.get();
        String url = server.createDatabase(prefix);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, server.user(), server.password());
        CaseStore.migrate(dataSource, false);
        return dataSource;
    }
}
