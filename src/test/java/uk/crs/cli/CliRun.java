package uk.crs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import uk.crs.Crs;

/** One in-process run of the crs command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** The decision date every CLI test runs on, so that "future" dates are stable. */
    static final String TODAY = "2026-11-21";

    static CliRun of(String... args) {
        return withEnvironment(Map.of("CRS_TODAY", TODAY), args);
    }

    static CliRun withEnvironment(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Crs.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
