package uk.crs.store;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The case store opened without the web application, for one-shot commands such as {@code crs users add}: a
 * connection source and the same Flyway migrations {@code crs serve} runs.
 */
public final class CaseStore {

    private CaseStore() {}

    /** A plain (unpooled) data source for the configured case store. */
    public static DataSource dataSource(StoreSettings settings) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                settings.caseStoreUrl(), settings.caseStoreUser(), settings.caseStorePassword());
        dataSource.setDriverClassName(settings.embedded() ? "org.h2.Driver" : "org.postgresql.Driver");
        return dataSource;
    }

    /** The role that owns the audit log on PostgreSQL unless configured otherwise. */
    public static final String AUDIT_OWNER = "crs_audit_owner";

    /** Brings the store's schema up to date, as {@code crs serve} does at start-up. */
    public static void migrate(DataSource dataSource, boolean embedded) {
        migrate(dataSource, embedded, AUDIT_OWNER);
    }

    /** Brings the store's schema up to date, with the named role owning the audit log on PostgreSQL. */
    public static void migrate(DataSource dataSource, boolean embedded, String auditOwner) {
        Flyway.configure()
                .dataSource(dataSource)
                .placeholders(Map.of("auditOwner", auditOwner))
                .locations(
                        "classpath:db/migration/common", "classpath:db/migration/" + (embedded ? "h2" : "postgresql"))
                .load()
                .migrate();
    }
}
