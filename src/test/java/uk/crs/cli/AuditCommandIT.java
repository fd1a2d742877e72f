package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.crs.audit.AuditEvent;
import uk.crs.audit.AuditLog;
import uk.crs.store.CaseStore;
import uk.crs.store.EmbeddedPostgres;
import uk.crs.store.StoreSettings;
import uk.crs.testing.PostgresServer;
import uk.crs.testing.TestStores;

/** {@code crs audit verify} on the embedded and an external store: exit 0 with the count, 1 with the first broken entry, 2 with no store. */
class AuditCommandIT {

    @Test
    void reportsAnIntactChainAndThenTheEntryAlteredInTheEmbeddedStore(@TempDir Path home) {
        Map<String, String> env = Map.of("CRS_HOME", home.toString());
        try (EmbeddedPostgres server = TestStores.embedded(home)) {
            appendThree(CaseStore.dataSource(server.application()));
        }

        // no crs serve runs: the command starts the embedded server itself, and stops it again
        CliRun intact = CliRun.with(env, "", "audit", "verify");
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.outLines()).startsWith("audit chain OK: 3 entries", "records OK: 0 cases, 0 users");
        assertThat(home.resolve("pg/data/postmaster.pid")).doesNotExist();

        // while a server runs (as under crs serve), the command joins it; only a superuser can alter the log
        try (EmbeddedPostgres server = TestStores.embedded(home)) {
            new JdbcTemplate(CaseStore.dataSource(server.superuser()))
                    .update("UPDATE audit.audit_log SET result = 'OK' WHERE sequence_no = 2");
            CliRun broken = CliRun.with(env, "", "audit", "verify");
            assertThat(broken.exitCode()).isEqualTo(1);
            assertThat(broken.out())
                    .isEqualTo("audit chain BROKEN at entry 2: entry 2 has been altered: its contents no longer match"
                            + " its hash\n");
        }
    }

    @Test
    void reportsADeletedEntryOnPostgresql() {
        PostgresServer pg = PostgresServer.get();
        Map<String, String> env = Map.of(
                "CRS_HOME", System.getProperty("java.io.tmpdir"),
                "CRS_DATABASE_URL", pg.createDatabase("verify"),
                "CRS_DATABASE_USER", pg.user(),
                "CRS_DATABASE_PASSWORD", pg.password());
        DataSource store = CaseStore.dataSource(
                StoreSettings.from(n -> Optional.ofNullable(env.get(n))).external());
        CaseStore.migrate(store);
        appendThree(store);

        CliRun intact = CliRun.with(env, "", "audit", "verify");
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.outLines()).startsWith("audit chain OK: 3 entries", "records OK: 0 cases, 0 users");

        new JdbcTemplate(store).update("DELETE FROM audit.audit_log WHERE sequence_no = 1");
        CliRun broken = CliRun.with(env, "", "audit", "verify");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).startsWith("audit chain BROKEN at entry 1: entry 1 is missing");
    }

    @Test
    void refusesAHomeWithoutACaseStoreAndDoesNotCreateOne(@TempDir Path home) {
        CliRun run = CliRun.with(Map.of("CRS_HOME", home.toString()), "", "audit", "verify");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("crs: audit verify: CRS_HOME: no case store at " + home.resolve("pg"));
        assertThat(home.resolve("pg")).doesNotExist();
    }

    private static void appendThree(DataSource store) {
        AuditLog log = new AuditLog(store);
        for (String result : new String[] {"OK", "REFUSED", "OK"}) {
            log.append(
                    new AuditEvent(
                            "inspector",
                            "INSPECTOR",
                            "durham",
                            "case-1",
                            "case.authorise",
                            result,
                            AuditLog.digest(result)),
                    Instant.parse("2026-11-21T10:00:00Z"));
        }
    }
}
