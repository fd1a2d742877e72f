package uk.crs.analytics;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall-clock time per named phase of an ingest or report, summed over the run: the profile that guides performance
 * work. The commands create one that is on when the environment variable CRS_TIMING is set, pass it to the work, and
 * print it to stderr at the end; {@link #off()} records nothing. Safe to use from the hashing thread.
 */
public final class Timing {

    private static final Timing OFF = new Timing(false);

    private final boolean enabled;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    private Timing(boolean enabled) {
        this.enabled = enabled;
    }

    /** A timing that records phases. */
    public static Timing on() {
        return new Timing(true);
    }

    /** A timing that records nothing. */
    public static Timing off() {
        return OFF;
    }

    /** On when {@code on}, else {@link #off()}. */
    public static Timing of(boolean on) {
        return on ? on() : OFF;
    }

    /** Nanoseconds now, for a later {@link #add}. */
    public long start() {
        return System.nanoTime();
    }

    /** Adds the time since {@code start} to {@code phase}. */
    public void add(String phase, long start) {
        if (enabled) {
            nanos.computeIfAbsent(phase, k -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    /** Prints and clears the phases, in alphabetical order, when timing is on. */
    public void print(String title, PrintWriter err) {
        if (!enabled) {
            return;
        }
        StringBuilder out = new StringBuilder("timing (" + title + "):");
        nanos.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(String.format(
                        Locale.ROOT,
                        "%n  %-28s %8.3f s",
                        e.getKey(),
                        e.getValue().sum() / 1e9)));
        err.println(out);
        nanos.clear();
    }
}
