package uk.crs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.crs.store.CaseStore;
import uk.crs.testing.PostgresServer;

/**
 * The audit log on real PostgreSQL, set up as in production: the application logs in as an ordinary role with
 * CREATEROLE that owns the database and runs the migrations, after which it may only read and append the log. A
 * superuser tampers; verification must notice.
 */
class PostgresAuditIT extends AuditTamperingContract {

    private static final AtomicInteger ROLES = new AtomicInteger();

    private final DataSource application;
    private final DataSource superuserStore;
    private final JdbcTemplate asApplication;

    PostgresAuditIT() {
        PostgresServer pg = PostgresServer.get();
        String suffix = ROLES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        String appRole = "crs_app_" + suffix;
        String url = pg.createDatabase("audit");
        String database = url.substring(url.lastIndexOf('/') + 1);
        pg.execute(
                "postgres",
                "CREATE ROLE " + appRole + " LOGIN PASSWORD 'app-secret' CREATEROLE",
                "ALTER DATABASE " + database + " OWNER TO " + appRole);
        application = new DriverManagerDataSource(url, appRole, "app-secret");
        // One owner role per database, since roles are shared by every database on the test server.
        CaseStore.migrate(application, "crs_audit_owner_" + suffix);
        superuserStore = new DriverManagerDataSource(url, pg.user(), pg.password());
        asApplication = new JdbcTemplate(application);
    }

    @Override
    DataSource applicationStore() {
        return application;
    }

    @Override
    DataSource superuserStore() {
        return superuserStore;
    }

    @Test
    void theApplicationIsNotASuperuser() {
        assertThat(asApplication.queryForObject(
                        "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isFalse();
    }

    @Test
    void theApplicationMayReadAndAppendTheLog() {
        assertThat(asApplication.queryForObject("SELECT count(*) FROM audit.audit_log", Long.class))
                .isEqualTo(5);
        assertThat(log.append(AuditLogTest.event("case-1", "case.read"), T0).sequence())
                .isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "UPDATE audit.audit_log SET actor = 'someone-else' WHERE sequence_no = 3",
                "DELETE FROM audit.audit_log WHERE sequence_no = 5",
                "TRUNCATE audit.audit_log",
            })
    void theApplicationIsDeniedAnyOtherChangeToTheLog(String sql) {
        assertThatThrownBy(() -> asApplication.execute(sql)).rootCause().hasMessageContaining("permission denied");
        assertThat(log.verify()).isEqualTo(new Verification.Intact(5));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "DROP TABLE audit.audit_log",
                "ALTER TABLE audit.audit_log DROP COLUMN actor",
                "ALTER TABLE audit.audit_log RENAME TO old_log",
                "DROP SCHEMA audit CASCADE",
            })
    void theApplicationCannotDropOrAlterTheLog(String sql) {
        assertThatThrownBy(() -> asApplication.execute(sql)).rootCause().hasMessageContaining("must be owner");
        assertThat(log.verify()).isEqualTo(new Verification.Intact(5));
    }
}
