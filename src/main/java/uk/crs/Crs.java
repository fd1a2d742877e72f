package uk.crs;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import uk.crs.cli.CrsCommand;

/** The {@code crs} executable: parses the command line and runs one command. */
public final class Crs {

    private Crs() {}

    public static void main(String[] args) {
        int code = run(args, System.getenv(), utf8(System.out), utf8(System.err));
        // serve keeps non-daemon threads alive; every other command exits here.
        if (code != CrsCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs one command with the given environment and streams, and returns its exit code. */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        CommandLine cli = CrsCommand.commandLine(env);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }
}
