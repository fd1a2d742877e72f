package uk.crs.analytics;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall-clock time per named phase of an ingest or report, summed over the run; the commands turn it on and print it
 * to stderr when the environment variable CRS_TIMING is set: the profile that guides performance work, off by default.
 */
public final class Timing {

    private static volatile boolean enabled;
    private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();

    private Timing() {}

    /** Nanoseconds now, for a later {@link #add}. */
    public static long start() {
        return System.nanoTime();
    }

    /** Adds the time since {@code start} to {@code phase}. */
    public static void add(String phase, long start) {
        if (enabled) {
            NANOS.computeIfAbsent(phase, k -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    /** Turns timing on or off for this process. */
    public static void enable(boolean on) {
        enabled = on;
    }

    /** Prints and clears the phases, in alphabetical order, when timing is on. */
    public static void print(String title, java.io.PrintWriter err) {
        if (!enabled) {
            return;
        }
        StringBuilder out = new StringBuilder("timing (" + title + "):");
        NANOS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(String.format(
                        Locale.ROOT,
                        "%n  %-28s %8.3f s",
                        e.getKey(),
                        e.getValue().sum() / 1e9)));
        err.println(out);
        NANOS.clear();
    }
}
