package uk.crs.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.crs.store.CaseStore;
import uk.crs.store.EmbeddedPostgres;
import uk.crs.testing.PostgresServer;
import uk.crs.testing.TestStores;

/**
 * Load harness for {@link AuditLog#append}: several threads append, each entry in its own transaction, for a fixed
 * time; prints appends per second and p50/p99 latency. Run by {@code bench/audit-append.sh}.
 */
final class AuditAppendLoad {

    private AuditAppendLoad() {}

    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0] : "postgresql";
        Duration run = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        for (int threads : new int[] {1, 4, 16}) {
            try (HikariDataSource pool = pool(store, threads)) {
                AuditLog log = new AuditLog(pool);
                measure(log, threads, Duration.ofSeconds(3)); // warm-up: JIT, connections, plans
                long[] latencies = measure(log, threads, run);
                Arrays.sort(latencies);
                System.out.printf(
                        "%s threads=%2d appends=%7d  %8.0f appends/s  p50 %6.2f ms  p99 %6.2f ms  chain %s%n",
                        store,
                        threads,
                        latencies.length,
                        latencies.length / (run.toNanos() / 1e9),
                        latencies[latencies.length / 2] / 1e6,
                        latencies[(int) (latencies.length * 0.99)] / 1e6,
                        log.verify());
            }
        }
    }

    private static long[] measure(AuditLog log, int threads, Duration run) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + run.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            AuditEvent event = new AuditEvent(
                    "officer-" + t,
                    "OFFICER",
                    "durham",
                    "case-" + t,
                    "case.create",
                    "OK",
                    AuditLog.digest("body " + t));
            results.add(workers.submit(() -> {
                long[] own = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    log.append(event, Instant.now());
                    if (n == own.length) {
                        own = Arrays.copyOf(own, n * 2);
                    }
                    own[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(own, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        workers.shutdown();
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static HikariDataSource pool(String store, int threads) throws java.io.IOException {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(threads);
        if (store.equals("embedded")) {
            // crs's own server (bundled PostgreSQL, durable settings), in a throwaway home; stopped at exit
            EmbeddedPostgres server = TestStores.embedded(Files.createTempDirectory("crs-bench-"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            config.setJdbcUrl(server.application().url());
            config.setUsername(server.application().user());
            config.setPassword(server.application().password());
        } else {
            PostgresServer pg = PostgresServer.get();
            String url = pg.createDatabase("bench");
            CaseStore.migrate(new DriverManagerDataSource(url, pg.user(), pg.password()));
            config.setJdbcUrl(url);
            config.setUsername(pg.user());
            config.setPassword(pg.password());
        }
        return new HikariDataSource(config);
    }
}
