package uk.crs.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import uk.crs.Crs;

/** One crs command run in-process with the given environment and standard input; its exit code and output. */
record CommandRun(int code, String out, String err) {

    static CommandRun run(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int code = Crs.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
            return new CommandRun(code, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }
}
