package uk.crs.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TimingTest {

    @Test
    void eachPhaseShowsItsWallClockAndCpuTimeAndAThreadsOwnCpu() {
        Timing timing = Timing.on();
        long t = timing.start();
        long sum = 0;
        for (int i = 0; i < 20_000_000; i++) {
            sum += i % 7;
        }
        timing.add("busy", t);
        timing.addCpu("hashing (thread's own)", 1_500_000_000L);

        String printed = print(timing);

        assertThat(sum).isPositive();
        assertThat(printed).startsWith("timing (ingest):");
        assertThat(printed).containsPattern("busy +\\d+\\.\\d{3} s wall +\\d+\\.\\d{3} s cpu");
        assertThat(printed).containsPattern("hashing \\(thread's own\\) +0\\.000 s wall +1\\.500 s cpu");
        assertThat(print(timing)).as("printing clears the phases").doesNotContain("busy");
    }

    @Test
    void offRecordsAndPrintsNothing() {
        Timing timing = Timing.off();
        timing.add("busy", timing.start());
        timing.addCpu("hashing", 1_000_000_000L);

        assertThat(print(timing)).isEmpty();
    }

    private static String print(Timing timing) {
        StringWriter out = new StringWriter();
        timing.print("ingest", new PrintWriter(out, true));
        return out.toString();
    }
}
