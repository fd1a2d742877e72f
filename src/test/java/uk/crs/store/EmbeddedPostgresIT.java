package uk.crs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.crs.audit.AuditEvent;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;
import uk.crs.store.internal.Cluster;
import uk.crs.store.internal.Passwords;
import uk.crs.store.internal.PostgresBinaries;
import uk.crs.testing.TestStores;

/** The embedded case store: a real, durable PostgreSQL server that crs creates, starts, stops and recovers itself. */
class EmbeddedPostgresIT {

    private final Path home;

    EmbeddedPostgresIT(@TempDir Path home) {
        this.home = home;
    }

    @Test
    void createsADurableServerOnLoopbackOnlyWithOwnerOnlyFiles() throws Exception {
        try (EmbeddedPostgres server = TestStores.embedded(home)) {
            JdbcTemplate sql = new JdbcTemplate(CaseStore.dataSource(server.application()));
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes", "data_checksums"}) {
                assertThat(sql.queryForObject("SHOW " + setting, String.class))
                        .as(setting)
                        .isEqualTo("on");
            }
            assertThat(sql.queryForObject("SHOW listen_addresses", String.class))
                    .isEqualTo("127.0.0.1");
            assertThat(new JdbcTemplate(CaseStore.dataSource(server.superuser()))
                            .queryForObject("SHOW unix_socket_directories", String.class))
                    .isEmpty();
            assertThat(sql.queryForObject("SHOW password_encryption", String.class))
                    .isEqualTo("scram-sha-256");
            otherAddressOfThisMachine().ifPresent(address -> assertThat(connects(address, server.port()))
                    .as("reachable on " + address)
                    .isFalse());

            assertThat(permissions(home.resolve("pg"))).isEqualTo("rwx------");
            assertThat(permissions(home.resolve("pg/data"))).isEqualTo("rwx------");
            assertThat(permissions(home.resolve("pg/passwords"))).isEqualTo("rw-------");
            assertThat(Files.readString(home.resolve("pg/passwords")))
                    .contains(server.application().password())
                    .contains(server.superuser().password());
            assertThat(server.application().password()).hasSizeGreaterThanOrEqualTo(40);
        }
    }

    @Test
    void theApplicationSignsInAsAnOrdinaryRoleThatMayOnlyReadAndAppendTheAuditLog() {
        try (EmbeddedPostgres server = TestStores.embedded(home)) {
            JdbcTemplate app = new JdbcTemplate(CaseStore.dataSource(server.application()));
            assertThat(app.queryForObject(
                            "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles"
                                    + " WHERE rolname = current_user",
                            Boolean.class))
                    .isFalse();
            assertThat(app.queryForObject(
                            "SELECT pg_has_role(current_user, 'crs_audit_owner', 'MEMBER')"
                                    + " OR pg_has_role(current_user, 'crs_audit_owner', 'USAGE')",
                            Boolean.class))
                    .isFalse();
            assertThat(app.queryForObject(
                            "SELECT tableowner FROM pg_tables WHERE schemaname = 'audit' AND tablename = 'audit_log'",
                            String.class))
                    .isEqualTo("crs_audit_owner");
            AuditLog log = new AuditLog(CaseStore.dataSource(server.application()));
            log.append(
                    new AuditEvent("officer", "OFFICER", "durham", "case-1", "case.create", "OK", AuditLog.digest("x")),
                    Instant.parse("2026-11-21T10:00:00Z"));

            for (String change : new String[] {
                "UPDATE audit.audit_log SET actor = 'someone-else'",
                "DELETE FROM audit.audit_log",
                "TRUNCATE audit.audit_log",
                "ALTER TABLE audit.audit_log DISABLE TRIGGER ALL",
                "GRANT crs_audit_owner TO crs",
                "SET ROLE crs_audit_owner"
            }) {
                assertThatThrownBy(() -> app.execute(change))
                        .as(change)
                        .rootCause()
                        .hasMessageMatching("(?s)ERROR: (permission denied|must be owner).*");
            }
            assertThat(log.verify()).isEqualTo(new Verification.Intact(1));
        }
    }

    @Test
    void keepsItsDataAcrossRestartsAndStopsItsServerOnClose() {
        long pid;
        try (EmbeddedPostgres server = TestStores.embedded(home)) {
            new JdbcTemplate(CaseStore.dataSource(server.application()))
                    .update("INSERT INTO store_info (item, content) VALUES ('kept', 'yes')");
            pid = postmasterPid();
        }
        assertThat(home.resolve("pg/data/postmaster.pid")).doesNotExist();
        assertThat(exitsWithin(pid, 10)).isTrue();

        try (EmbeddedPostgres again = TestStores.embedded(home)) {
            assertThat(new JdbcTemplate(CaseStore.dataSource(again.application()))
                            .queryForObject("SELECT content FROM store_info WHERE item = 'kept'", String.class))
                    .isEqualTo("yes");
        }
    }

    @Test
    void takesBackPrivilegesTheApplicationsRoleGainedBeforeARestart() {
        try (EmbeddedPostgres server = TestStores.embedded(home)) {
            new JdbcTemplate(CaseStore.dataSource(server.superuser()))
                    .execute("ALTER ROLE crs CREATEROLE; GRANT crs_audit_owner TO crs");
        }

        try (EmbeddedPostgres again = TestStores.embedded(home)) {
            JdbcTemplate app = new JdbcTemplate(CaseStore.dataSource(again.application()));
            assertThat(app.queryForObject(
                            "SELECT rolcreaterole OR pg_has_role(current_user, 'crs_audit_owner', 'MEMBER')"
                                    + " FROM pg_roles WHERE rolname = current_user",
                            Boolean.class))
                    .isFalse();
        }
    }

    @Test
    void aRestartAfterTheSchemaHistoryWasAlteredValidatesTheMigrationsAgainAndRefusesToStart() {
        try (EmbeddedPostgres server = TestStores.embedded(home)) {
            new JdbcTemplate(CaseStore.dataSource(server.superuser()))
                    .update("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        }

        assertThatThrownBy(() -> TestStores.embedded(home).close())
                .hasMessageContaining("checksum mismatch for migration version 1");
        assertThat(home.resolve("pg/data/postmaster.pid")).doesNotExist();
    }

    @Test
    void anotherCommandJoinsTheRunningServerAndLeavesItRunning() {
        try (EmbeddedPostgres owner = TestStores.embedded(home)) {
            try (EmbeddedPostgres joined = EmbeddedPostgres.use(TestStores.embeddedLayout(home))) {
                assertThat(joined.owner()).isFalse();
                assertThat(joined.port()).isEqualTo(owner.port());
                assertThat(new JdbcTemplate(CaseStore.dataSource(joined.application()))
                                .queryForObject("SELECT content FROM store_info WHERE item = 'schema'", String.class))
                        .isEqualTo("crs");
            }
            assertThat(new JdbcTemplate(CaseStore.dataSource(owner.application()))
                            .queryForObject("SELECT 1", Integer.class))
                    .isEqualTo(1);
        }
    }

    @Test
    void refusesToOwnAServerAnotherProcessOwnsAfterWaiting() {
        try (EmbeddedPostgres owner = TestStores.embedded(home)) {
            assertThatThrownBy(() -> EmbeddedPostgres.own(TestStores.embeddedLayout(home), java.time.Duration.ZERO))
                    .hasMessageStartingWith("another crs process (pid "
                            + ProcessHandle.current().pid() + ") is using the embedded case store in "
                            + home.resolve("pg"));
        }
    }

    @Test
    void stopsAServerLeftRunningByAnEarlierCrsAndStartsAfresh() {
        EmbeddedPostgres.Layout layout = TestStores.embeddedLayout(home);
        TestStores.embedded(home).close();
        // what a crs killed with SIGKILL leaves behind: its server still running, and nobody holding the lock
        Cluster orphan = new Cluster(PostgresBinaries.bundled(layout.binaries()), layout.data(), home.resolve("o.log"));
        orphan.start(freePort());
        long orphanPid = postmasterPid();
        assertThat(alive(orphanPid)).isTrue();

        try (EmbeddedPostgres server = TestStores.embedded(home)) {
            assertThat(exitsWithin(orphanPid, 10)).isTrue();
            assertThat(postmasterPid()).isNotEqualTo(orphanPid);
            assertThat(new JdbcTemplate(CaseStore.dataSource(server.application()))
                            .queryForObject("SELECT 1", Integer.class))
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-rw-rw-"})
    void makesAWidenedPasswordFileOwnerOnlyAgain(String widened) throws IOException {
        TestStores.embedded(home).close();
        Files.setPosixFilePermissions(home.resolve("pg/passwords"), PosixFilePermissions.fromString(widened));

        Passwords.read(home.resolve("pg/passwords"));

        assertThat(permissions(home.resolve("pg/passwords"))).isEqualTo("rw-------");
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(home.resolve("pg/data/postmaster.pid"))
                    .get(0)
                    .strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the process has ended within the time (pg_ctl returns when the pid file goes, just before the exit). */
    private static boolean exitsWithin(long pid, int seconds) {
        for (int i = 0; i < seconds * 10 && alive(pid); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !alive(pid);
    }

    /** Whether the process runs (a zombie, dead but not yet reaped by its parent, does not). */
    private static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static Optional<InetAddress> otherAddressOfThisMachine() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
