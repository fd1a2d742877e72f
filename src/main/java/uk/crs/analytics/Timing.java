package uk.crs.analytics;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall-clock and CPU time per named phase of an ingest or report, summed over the run: the profile that guides
 * performance work. The CPU column is the whole process's CPU time (every thread, DuckDB's included) while the phase
 * ran, so on a busy machine it shows the work a phase does where wall-clock time also shows the wait for a core;
 * phases that overlap (the hashing thread and the scans) share theirs. The commands create one that is on when the environment variable CRS_TIMING is set, pass it to the work, and
 * print it to stderr at the end; {@link #off()} records nothing. Safe to use from the hashing thread.
 */
public final class Timing {

    private static final Timing OFF = new Timing(false);

    private final boolean enabled;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> cpuNanos = new ConcurrentHashMap<>();
    /** Process CPU time at each open start, by its wall-clock start (unique enough for a profile). */
    private final Map<Long, Long> cpuAtStart = new ConcurrentHashMap<>();

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
        long now = System.nanoTime();
        if (enabled) {
            cpuAtStart.put(now, processCpuNanos());
        }
        return now;
    }

    /** Adds the time since {@code start} to {@code phase}. */
    public void add(String phase, long start) {
        if (enabled) {
            nanos.computeIfAbsent(phase, k -> new LongAdder()).add(System.nanoTime() - start);
            Long cpu = cpuAtStart.remove(start);
            if (cpu != null) {
                cpuNanos.computeIfAbsent(phase, k -> new LongAdder()).add(processCpuNanos() - cpu);
            }
        }
    }

    /** Adds CPU time measured by the caller (one thread's, say) to {@code phase}, which has no wall-clock time. */
    public void addCpu(String phase, long cpuNanosSpent) {
        if (enabled) {
            nanos.computeIfAbsent(phase, k -> new LongAdder());
            cpuNanos.computeIfAbsent(phase, k -> new LongAdder()).add(cpuNanosSpent);
        }
    }

    /** The CPU time of the whole process so far, every thread's; 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime())
                : 0;
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
                        "%n  %-28s %8.3f s wall %8.3f s cpu",
                        e.getKey(),
                        e.getValue().sum() / 1e9,
                        cpuNanos.getOrDefault(e.getKey(), new LongAdder()).sum() / 1e9)));
        err.println(out);
        nanos.clear();
        cpuNanos.clear();
        cpuAtStart.clear();
    }
}
