package uk.crs.store;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The case store opened without the web application, for one-shot commands such as {@code crs users add}: a
 * connection source, and the same Flyway migrations {@code crs serve} runs.
 */
public final class CaseStore implements AutoCloseable {

    /** The role that owns the audit log unless configured otherwise. */
    public static final String AUDIT_OWNER = "crs_audit_owner";

    /** Where the migrations are: PostgreSQL SQL, one folder for every store. */
    public static final String MIGRATIONS = "classpath:db/migration/common";

    private final DataSource dataSource;
    private final @Nullable EmbeddedPostgres server;

    private CaseStore(DataSource dataSource, @Nullable EmbeddedPostgres server) {
        this.dataSource = dataSource;
        this.server = server;
    }

    /**
     * Opens the configured case store: the external server, or the embedded one (joining the server {@code crs
     * serve} runs, or starting it for the duration of the command).
     */
    public static CaseStore open(StoreSettings settings) {
        if (!settings.embedded()) {
            return new CaseStore(dataSource(settings.external()), null);
        }
        EmbeddedPostgres server = EmbeddedPostgres.use(settings.embeddedLayout());
        return new CaseStore(dataSource(server.application()), server);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A plain (unpooled) data source. */
    public static DataSource dataSource(CaseStoreConnection connection) {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(connection.url(), connection.user(), connection.password());
        dataSource.setDriverClassName("org.postgresql.Driver");
        return dataSource;
    }

    /** Brings the store's schema up to date, as {@code crs serve} does at start-up. */
    public static void migrate(DataSource dataSource) {
        migrate(dataSource, AUDIT_OWNER);
    }

    /** Brings the store's schema up to date, with the named role owning the audit log. */
    public static void migrate(DataSource dataSource, String auditOwner) {
        Flyway.configure()
                .dataSource(dataSource)
                .placeholders(Map.of("auditOwner", auditOwner))
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }

    /** Stops the embedded server if this command started it. */
    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
