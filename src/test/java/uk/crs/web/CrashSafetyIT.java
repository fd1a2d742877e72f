package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.store.CaseStoreConnection;
import uk.crs.store.EmbeddedPostgres;
import uk.crs.testing.CrsProcess;
import uk.crs.testing.PostgresServer;
import uk.crs.testing.TestStores;

/**
 * Crash safety (#9): the real server is killed with SIGKILL at a random point while several clients create cases.
 * After a restart every case that was answered 201 is there, with its audit entry, and the audit chain verifies. It
 * runs on the default embedded store (where crs's own PostgreSQL server outlives crs, and is then killed too) and on an
 * external server.
 */
class CrashSafetyIT {

    private static final int CLIENTS = 6;
    private static final Duration START = Duration.ofSeconds(300);

    @Test
    void keepsEveryAnsweredCaseOnTheEmbeddedStoreAfterSigkillOfCrsAndThenOfItsServer(@TempDir Path dir)
            throws Exception {
        Path home = dir.resolve("home");
        Map<String, String> env = Map.of("CRS_HOME", home.toString());
        List<String> answered = new ArrayList<>();

        // 1: crs is killed; its PostgreSQL server keeps running, and the next start must stop it and start afresh
        try (CrsProcess crs = CrsProcess.serve(env, dir, "--demo").awaitHealthy(START)) {
            answered.addAll(createUntilKilled(crs, null));
        }
        long orphan = postmasterPid(home);
        // a store created with --demo starts again only with --demo (DemoStoreGuard)
        try (CrsProcess crs = CrsProcess.serve(env, dir, "--demo").awaitHealthy(START)) {
            assertThat(alive(orphan)).as("the server left by the killed crs").isFalse();
            assertEveryCaseKept(crs, answered, embedded(home));

            // 2: crs and then its server are killed, as in a power cut: PostgreSQL's crash recovery replays the log
            answered.addAll(createUntilKilled(crs, home));
        }
        try (CrsProcess crs = CrsProcess.serve(env, dir, "--demo").awaitHealthy(START)) {
            assertEveryCaseKept(crs, answered, embedded(home));
            CrsProcess.Result verify = CrsProcess.run(env, dir, "audit", "verify");
            assertThat(verify.exitCode()).as(verify.output()).isZero();
        }
    }

    @Test
    void keepsEveryAnsweredCaseOnAnExternalServerAfterSigkill(@TempDir Path dir) throws Exception {
        PostgresServer pg = PostgresServer.get();
        String url = pg.createDatabase("crash");
        Map<String, String> env = Map.of(
                "CRS_HOME", dir.resolve("home").toString(),
                "CRS_DATABASE_URL", url,
                "CRS_DATABASE_USER", pg.user(),
                "CRS_DATABASE_PASSWORD", pg.password());
        List<String> answered;
        try (CrsProcess crs = CrsProcess.serve(env, dir, "--demo").awaitHealthy(START)) {
            answered = createUntilKilled(crs, null);
        }
        try (CrsProcess crs = CrsProcess.serve(env, dir, "--demo").awaitHealthy(START)) {
            assertEveryCaseKept(crs, answered, new CaseStoreConnection(url, pg.user(), pg.password()));
        }
    }

    /**
     * Creates cases from several clients and kills crs (and, given its home, then its embedded server) with SIGKILL
     * after a random number of 201 answers; returns the ids of the cases answered 201.
     */
    private static List<String> createUntilKilled(CrsProcess crs, @Nullable Path serverHome) throws Exception {
        int killAfter = ThreadLocalRandom.current().nextInt(30, 151);
        Queue<String> answered = new ConcurrentLinkedQueue<>();
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (answered.size() < killAfter && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        crs.kill(); // SIGKILL while the clients are still posting
        if (serverHome != null) {
            ProcessHandle.of(postmasterPid(serverHome)).ifPresent(ProcessHandle::destroyForcibly);
        }
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(answered).hasSizeGreaterThanOrEqualTo(killAfter);
        System.out.println("CrashSafetyIT: killed after " + killAfter + " answers; " + answered.size()
                + " cases answered 201 before SIGKILL");
        return List.copyOf(answered);
    }

    private static void assertEveryCaseKept(CrsProcess crs, List<String> answered, CaseStoreConnection store)
            throws Exception {
        assertThat(answered).doesNotHaveDuplicates();
        ApiClient api = new ApiClient("http://localhost:" + crs.port(), "demo");
        for (String id : answered) {
            assertThat(api.get("officer", "/api/cases/" + id).status()).as(id).isEqualTo(200);
        }
        ApiClient.Response verify = api.get("auditor", "/api/audit/verify");
        assertThat(verify.json().path("ok").asBoolean()).as(verify.toString()).isTrue();
        try (Connection c = DriverManager.getConnection(store.url(), store.user(), store.password());
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM audit.audit_log a"
                                + " WHERE a.case_id = c.id AND a.action = 'CREATE' AND a.result = 'ACCEPTED')")) {
            rs.next();
            assertThat(rs.getInt(1))
                    .as("cases without their CREATE audit entry")
                    .isZero();
        }
    }

    /** The application's account on the embedded server that the running crs owns. */
    private static CaseStoreConnection embedded(Path home) {
        try (EmbeddedPostgres joined = EmbeddedPostgres.use(TestStores.embeddedLayout(home))) {
            return joined.application();
        }
    }

    private static long postmasterPid(Path home) {
        try {
            return Long.parseLong(Files.readAllLines(home.resolve("pg/data/postmaster.pid"))
                    .get(0)
                    .strip());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return false;
        }
    }
}
