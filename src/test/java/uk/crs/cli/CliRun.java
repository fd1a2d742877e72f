package uk.crs.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import uk.crs.Crs;

/** One in-process run of the crs command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** The decision date every CLI test runs on, so that "future" dates are stable. */
    static final String TODAY = "2026-11-21";

    /** Runs with only {@code CRS_TODAY} set and nothing on standard input. */
    static CliRun of(String... args) {
        return with(Map.of("CRS_TODAY", TODAY), "", args);
    }

    /** Runs with the given environment, feeding {@code stdin} to the command's standard input. */
    static CliRun with(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int code = Crs.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
            return new CliRun(code, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    List<String> outLines() {
        return out.lines().toList();
    }
}
