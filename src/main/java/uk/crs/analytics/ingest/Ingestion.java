package uk.crs.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.Timing;

/**
 * Ingests files, folders (searched recursively) and ZIP archives into the analytics store; each CSV is one transaction
 * and a file that cannot be loaded whole is refused whole.
 */
public final class Ingestion {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final AnalyticsStore store;
    private final Clock clock;
    private final Timing timing;

    public Ingestion(AnalyticsStore store, Clock clock) {
        this(store, clock, Timing.off());
    }

    public Ingestion(AnalyticsStore store, Clock clock, Timing timing) {
        this.store = store;
        this.clock = clock;
        this.timing = timing;
    }

    public IngestSummary ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        Instant start = clock.instant();
        List<FileResult> results = new ArrayList<>();
        List<Path> inputs = listInputs(paths, results);
        listener.started(
                inputs.size(), inputs.stream().mapToLong(Ingestion::size).sum());
        Path workDir = workDir();
        // Hashing every byte (sha256, for idempotence) runs on its own thread, ahead of DuckDB's parsing of earlier
        // files, instead of before it: at 2 GB it was a tenth of the run.
        ExecutorService hashing = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "crs-ingest-sha256");
            thread.setDaemon(true);
            return thread;
        });
        try {
            TextPreparation preparation = new TextPreparation(workDir);
            Vintages vintages = new Vintages(options.vintage());
            List<Boolean> zips = inputs.stream().map(Ingestion::isZip).toList();
            Map<Integer, Future<PreparedFile>> prepared = hashAhead(inputs, zips, preparation, vintages, hashing);
            IngestRun run = new IngestRun(store.connection(), clock, options, preparation, vintages, results, timing);
            load(inputs, zips, prepared, run, listener);
        } catch (SQLException e) {
            throw new IllegalStateException("the analytics store failed: " + e.getMessage(), e);
        } finally {
            hashing.shutdownNow();
            deleteQuietly(workDir);
        }
        return new IngestSummary(results, Duration.between(start, clock.instant()));
    }

    /** The files to read, folders expanded; a path that does not exist is a refused input. */
    private List<Path> listInputs(List<Path> paths, List<FileResult> results) {
        long t = timing.start();
        List<Path> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                results.add(new FileResult.Rejected(path.toString(), "no such file or folder"));
            } else {
                inputs.addAll(expand(path));
            }
        }
        timing.add("list inputs", t);
        return inputs;
    }

    /** Starts hashing every plain file on the hashing thread; archives are read entry by entry as they are loaded. */
    private Map<Integer, Future<PreparedFile>> hashAhead(
            List<Path> inputs,
            List<Boolean> zips,
            TextPreparation preparation,
            Vintages vintages,
            ExecutorService hashing) {
        Map<Integer, Future<PreparedFile>> prepared = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            if (!zips.get(i)) {
                java.util.Optional<java.time.YearMonth> vintage = vintages.of(input);
                prepared.put(i, hashing.submit(() -> {
                    long started = timing.start();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    PreparedFile file = preparation.prepare(input, vintage);
                    timing.add("sha256 + sniff (thread)", started);
                    timing.addCpu("sha256 + sniff (thread's own)", THREADS.getCurrentThreadCpuTime() - cpu);
                    return file;
                }));
            }
        }
        return prepared;
    }

    /** Loads the inputs in order, telling the listener after each. */
    private static void load(
            List<Path> inputs,
            List<Boolean> zips,
            Map<Integer, Future<PreparedFile>> prepared,
            IngestRun run,
            IngestListener listener)
            throws SQLException {
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            if (zips.get(i)) {
                run.archive(input);
            } else {
                run.file(input, Objects.requireNonNull(prepared.get(i)));
            }
            listener.advanced(input.toString(), size(input));
        }
        run.flush();
    }

    private static List<Path> expand(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".csv") || n.endsWith(".zip");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path workDir() {
        try {
            return Files.createTempDirectory("crs-ingest-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the run's result matters more.
        }
    }
}
