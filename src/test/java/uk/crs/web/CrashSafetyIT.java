package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.testing.CrsProcess;
import uk.crs.testing.PostgresServer;

/**
 * Crash safety: the real server on PostgreSQL is killed with SIGKILL while several clients create cases. After a
 * restart every case that was answered 201 is there, with its audit entry, and the audit chain verifies.
 */
class CrashSafetyIT {

    private static final int CLIENTS = 6;

    @Test
    void keepsEveryAnsweredCaseAndAnIntactAuditChainAfterSigkill(@TempDir Path dir) throws Exception {
        PostgresServer pg = PostgresServer.get();
        String url = pg.createDatabase("crash");
        Map<String, String> env = Map.of(
                "CRS_HOME", dir.resolve("home").toString(),
                "CRS_DATABASE_URL", url,
                "CRS_DATABASE_USER", pg.user(),
                "CRS_DATABASE_PASSWORD", pg.password());
        Queue<String> answered = new ConcurrentLinkedQueue<>();
        try (CrsProcess crs = CrsProcess.serve(env, dir, "--demo").awaitHealthy(Duration.ofSeconds(120))) {
            ApiClient api = new ApiClient("http://localhost:" + crs.port(), "demo");
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        try {
                            ApiClient.Response r = api.post("officer", "/api/cases", CaseFixtures.permitted());
                            if (r.status() == 201) {
                                answered.add(r.text("id"));
                            }
                        } catch (RuntimeException serverGone) {
                            return;
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered.size() < 150 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            crs.kill(); // SIGKILL while the clients are still posting
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(answered).hasSizeGreaterThanOrEqualTo(150);
        System.out.println("CrashSafetyIT: " + answered.size() + " cases answered 201 before SIGKILL");

        try (CrsProcess crs = CrsProcess.serve(env, dir, "--demo").awaitHealthy(Duration.ofSeconds(120))) {
            ApiClient api = new ApiClient("http://localhost:" + crs.port(), "demo");
            for (String id : answered) {
                assertThat(api.get("officer", "/api/cases/" + id).status())
                        .as(id)
                        .isEqualTo(200);
            }
            ApiClient.Response verify = api.get("auditor", "/api/audit/verify");
            assertThat(verify.json().path("ok").asBoolean())
                    .as(verify.toString())
                    .isTrue();
        }
        try (var c = DriverManager.getConnection(url, pg.user(), pg.password());
                var rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM audit.audit_log a"
                                + " WHERE a.case_id = c.id AND a.action = 'CREATE' AND a.result = 'ACCEPTED')")) {
            rs.next();
            assertThat(rs.getInt(1))
                    .as("cases without their CREATE audit entry")
                    .isZero();
        }
        assertThat(List.copyOf(answered)).doesNotHaveDuplicates();
    }
}
