package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.testing.CrsProcess;
import uk.crs.testing.PostgresServer;

/**
 * {@code crs serve --demo} from the packaged jar on PostgreSQL, logged in as an ordinary role with CREATEROLE as in
 * production: migrations hand the audit log to its owner role, demo accounts sign in, a second start seeds nothing
 * twice, and {@code crs audit verify} checks the chain.
 */
class ServeDemoIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void seedsDemoAccountsOnceAndLeavesTheAppOnlyReadAndAppendOnTheAuditLog(@TempDir Path dir) throws Exception {
        PostgresServer pg = PostgresServer.get();
        String url = pg.createDatabase("demo");
        String database = url.substring(url.lastIndexOf('/') + 1);
        String app = "crs_demo_app_" + ProcessHandle.current().pid();
        pg.execute(
                "postgres",
                "CREATE ROLE " + app + " LOGIN PASSWORD 'app-secret' CREATEROLE",
                "ALTER DATABASE " + database + " OWNER TO " + app,
                // From PostgreSQL 16, CREATEROLE alone no longer lets a role grant itself a role that another role
                // created (here, an earlier test's crs_audit_owner); docs/audit.md gives the same step for operators.
                "DO $$ BEGIN IF current_setting('server_version_num')::int >= 160000"
                        + " AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crs_audit_owner') THEN"
                        + " EXECUTE 'GRANT crs_audit_owner TO " + app + " WITH ADMIN TRUE, INHERIT FALSE, SET FALSE';"
                        + " END IF; END $$");
        Map<String, String> env = Map.of(
                "CRS_HOME",
                dir.resolve("home").toString(),
                "CRS_DATABASE_URL",
                url,
                "CRS_DATABASE_USER",
                app,
                "CRS_DATABASE_PASSWORD",
                "app-secret");

        for (int start = 1; start <= 2; start++) {
            try (CrsProcess crs = CrsProcess.serve(env, dir, "--demo")) {
                crs.awaitHealthy(Duration.ofSeconds(120));
                assertThat(status(crs, "officer-cleveland", "demo")).isEqualTo(200);
                assertThat(status(crs, "superintendent", "demo")).isEqualTo(200);
                assertThat(status(crs, "superintendent", "wrong")).isEqualTo(401);
                // `crs is running` is printed once start-up, demo seeding included, is over
                for (int i = 0; i < 600 && !crs.output().contains("crs is running on"); i++) {
                    Thread.sleep(100);
                }
                if (start == 1) {
                    assertThat(crs.output()).contains("as a SYNTHETIC force records extract (durham");
                } else {
                    assertThat(crs.output()).doesNotContain("force records extract");
                }
            }
        }

        // the synthetic extract lets a newcomer try re-offending by pathway, labelled synthetic
        CrsProcess.Result reoffending =
                CrsProcess.run(env, dir, "reoffending", "--from", "2023-01", "--to", "2023-12", "--force", "durham");
        assertThat(reoffending.exitCode()).as(reoffending.output()).isZero();
        assertThat(reoffending.output())
                .contains("SYNTHETIC DATA: generated, not any force's records", "Community resolution");

        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password())) {
            assertThat(single(c, "SELECT count(*) FROM user_account"))
                    .isEqualTo(String.valueOf(uk.crs.users.DemoAccounts.ACCOUNTS.size()));
            // the scrutiny demo, seeded once over the two starts: one panel, two meetings, 12 + 7 packs, one report
            assertThat(single(
                            c,
                            "SELECT (SELECT count(*) FROM scrutiny_panel) || ' ' || (SELECT count(*) FROM"
                                    + " scrutiny_meeting) || ' ' || (SELECT count(*) FROM scrutiny_pack) || ' ' ||"
                                    + " (SELECT count(*) FROM scrutiny_report)"))
                    .isEqualTo("1 2 19 1");
            assertThat(single(
                            c,
                            "SELECT tableowner FROM pg_tables WHERE schemaname = 'audit' AND tablename = 'audit_log'"))
                    .isEqualTo("crs_audit_owner");
            assertThat(single(
                            c,
                            "SELECT has_table_privilege('" + app + "', 'audit.audit_log', 'INSERT')"
                                    + " || ' ' || has_table_privilege('" + app + "', 'audit.audit_log', 'SELECT')"
                                    + " || ' ' || has_table_privilege('" + app + "', 'audit.audit_log', 'UPDATE')"
                                    + " || ' ' || has_table_privilege('" + app + "', 'audit.audit_log', 'DELETE')"
                                    + " || ' ' || has_table_privilege('" + app + "', 'audit.audit_log', 'TRUNCATE')"))
                    .isEqualTo("true true false false false");
        }

        CrsProcess.Result verify = CrsProcess.run(env, dir, "audit", "verify");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).containsPattern("audit chain OK: \\d+ entries");
    }

    private int status(CrsProcess crs, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                        HttpRequest.newBuilder(crs.uri("/api/audit/verify"))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String single(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
