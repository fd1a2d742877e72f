import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load client for crs case creation: each of N threads posts a case (facts plus names), waits for the
 * answer, and posts the next. Latencies are recorded after a warm-up; the summary gives throughput and percentiles.
 *
 * <p>Usage: java bench/LoadClient.java BASE_URL USER PASSWORD THREADS WARMUP_SECONDS MEASURE_SECONDS
 */
public class LoadClient {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int threads = Integer.parseInt(args[3]);
        long warmupNanos = Long.parseLong(args[4]) * 1_000_000_000L;
        long measureNanos = Long.parseLong(args[5]) * 1_000_000_000L;
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + measureNanos;
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        int[] counts = new int[threads];
        for (int t = 0; t < threads; t++) {
            long[] latencies = new long[2_000_000];
            perThread.add(latencies);
            int index = t;
            Thread worker = new Thread(() -> {
                // one client per thread keeps its session cookie: bcrypt runs once per thread, not per request
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                int n = 0;
                long i = 0;
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        break;
                    }
                    try {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                                .header("Authorization", auth)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body(index, i++)))
                                .build();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - sent;
                        if (response.statusCode() != 201) {
                            errors.incrementAndGet();
                        } else if (sent >= measureFrom && n < latencies.length) {
                            latencies[n++] = took;
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                counts[index] = n;
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        double seconds = measureNanos / 1e9;
        System.out.printf(Locale.ROOT,
                "threads=%d measured=%ds created=%d errors=%d throughput=%.1f/s p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n",
                threads, measureNanos / 1_000_000_000L, total, errors.get(), total / seconds,
                pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String body(int thread, long i) {
        return """
            {"force":"durham","offence":{"code":"46","date":"2026-10-01","valueGbp":25},
             "offender":{"age":34,"acceptsResponsibility":true,"appropriateAdultPresent":false,"history":[],
                         "name":"Load Test %d-%d","dateOfBirth":"1990-01-01","contact":"load@example.org"},
             "victim":{"identified":true,"consulted":true,"consents":true,"views":"wants an apology",
                       "name":"Victim %d-%d","contact":"victim@example.org"},
             "circumstances":{"domesticAbuse":false,"intimatePartner":false,"hateAggravated":false,"weapon":false,
                              "injury":"NONE","vulnerableVictim":false,"childVictim":false},
             "aggravating":[],"mitigating":[],"evidenceSufficient":true,"rationale":"first offence, goods recovered"}
            """.formatted(thread, i, thread, i);
    }
}
