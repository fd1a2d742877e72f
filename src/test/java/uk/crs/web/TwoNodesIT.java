package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;
import uk.crs.store.CaseStore;
import uk.crs.testing.CrsProcess;
import uk.crs.testing.PostgresServer;
import uk.crs.users.PasswordHashing;
import uk.crs.users.Role;
import uk.crs.users.Users;

/**
 * Two crs servers on one PostgreSQL database (#9), as behind a load balancer: concurrent creations through both are
 * all kept, each conflicting pair of updates (the same {@code If-Match} version, one through each node) has exactly
 * one winner, and the audit log is one unbroken chain.
 */
class TwoNodesIT {

    private static final String PASSWORD = "two-nodes-password";
    private static final int CLIENTS = 8;
    private static final int CREATIONS_PER_CLIENT = 15;
    private static final int CONFLICTS = 12;

    @Test
    void twoNodesShareOneStoreWithOneWinnerPerConflictAndOneChain(@TempDir Path dir) throws Exception {
        PostgresServer pg = PostgresServer.get();
        String url = pg.createDatabase("two_nodes");
        DataSource store = new DriverManagerDataSource(url, pg.user(), pg.password());
        CaseStore.migrate(store);
        Users users = new Users(store, PasswordHashing.encoder());
        users.add("officer", Role.OFFICER, "durham", PASSWORD);
        users.add("inspector", Role.INSPECTOR, "durham", PASSWORD);
        users.add("inspector2", Role.INSPECTOR, "durham", PASSWORD);

        try (CrsProcess a = CrsProcess.serve(env(dir, "a", url, pg), dir);
                CrsProcess b = CrsProcess.serve(env(dir, "b", url, pg), dir)) {
            a.awaitHealthy(Duration.ofSeconds(300));
            b.awaitHealthy(Duration.ofSeconds(300));
            List<ApiClient> nodes = List.of(client(a), client(b));

            List<String> created = createThroughBoth(nodes);
            assertThat(created).hasSize(CLIENTS * CREATIONS_PER_CLIENT).doesNotHaveDuplicates();
            for (int i = 0; i < created.size(); i++) {
                // each case is read through the other node than a round-robin would have used to create it
                ApiClient other = nodes.get((i + 1) % 2);
                assertThat(other.get("officer", "/api/cases/" + created.get(i)).status())
                        .as(created.get(i))
                        .isEqualTo(200);
            }

            ExecutorService pair = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < CONFLICTS; round++) {
                    String at = "/api/cases/"
                            + Workflow.ok(nodes.get(0).post("officer", "/api/cases", CaseFixtures.needsInspector()))
                                    .text("id");
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<ApiClient.Response>> answers = new ArrayList<>();
                    for (int node = 0; node < 2; node++) {
                        ApiClient through = nodes.get(node);
                        String inspector = node == 0 ? "inspector" : "inspector2";
                        answers.add(pair.submit(() -> {
                            together.await();
                            return through.post(
                                    inspector,
                                    at + "/authorisation",
                                    Map.of("decision", "APPROVE", "rationale", "by " + inspector),
                                    "\"1\"");
                        }));
                    }
                    List<Integer> statuses = new ArrayList<>();
                    for (Future<ApiClient.Response> answer : answers) {
                        statuses.add(answer.get().status());
                    }
                    assertThat(statuses).as(at).containsExactlyInAnyOrder(200, 409);
                    var stored = Workflow.ok(nodes.get(round % 2).get("inspector", at))
                            .json();
                    assertThat(stored.path("version").asInt()).isEqualTo(2);
                    assertThat(stored.path("authorisations").size()).isEqualTo(1);
                }
            } finally {
                pair.shutdownNow();
            }
        }

        JdbcTemplate sql = new JdbcTemplate(store);
        assertThat(sql.queryForObject("SELECT count(*) FROM cases", Integer.class))
                .isEqualTo(CLIENTS * CREATIONS_PER_CLIENT + CONFLICTS);
        assertThat(sql.queryForObject(
                        "SELECT count(*) FROM audit.audit_log WHERE action = 'AUTHORISE' AND result = 'ACCEPTED'",
                        Integer.class))
                .isEqualTo(CONFLICTS);
        Verification chain = new AuditLog(store).verify();
        assertThat(chain).isInstanceOf(Verification.Intact.class);
        // every creation and both attempts of every conflict, in one chain
        assertThat(((Verification.Intact) chain).entries())
                .isGreaterThanOrEqualTo(CLIENTS * CREATIONS_PER_CLIENT + 3L * CONFLICTS);
    }

    private static List<String> createThroughBoth(List<ApiClient> nodes) throws Exception {
        Queue<String> created = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(clients.submit(() -> {
                for (int i = 0; i < CREATIONS_PER_CLIENT; i++) {
                    ApiClient node = nodes.get((client + i) % 2);
                    created.add(Workflow.ok(node.post("officer", "/api/cases", CaseFixtures.permitted()))
                            .text("id"));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        clients.shutdown();
        return List.copyOf(created);
    }

    private static Map<String, String> env(Path dir, String node, String url, PostgresServer pg) {
        return Map.of(
                "CRS_HOME", dir.resolve(node).toString(),
                "CRS_DATABASE_URL", url,
                "CRS_DATABASE_USER", pg.user(),
                "CRS_DATABASE_PASSWORD", pg.password());
    }

    private static ApiClient client(CrsProcess crs) {
        return new ApiClient("http://localhost:" + crs.port(), PASSWORD);
    }
}
