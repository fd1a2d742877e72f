package uk.crs.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import uk.crs.store.EmbeddedStoreException;

/** Runs a short-lived program to completion and returns its output, or fails naming the program and its output. */
final class Programs {

    private Programs() {}

    static String run(String what, List<String> command, Path directory, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        // libpq and the server programs read PG* variables (PGDATA, PGPORT, PGPASSWORD ...): none may steer them here.
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        builder.environment().put("LC_ALL", "C");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new EmbeddedStoreException("cannot run " + what + " (" + e.getMessage() + ")", e);
        }
        try (InputStream out = process.getInputStream()) {
            // pg_ctl start returns once the server is up; the server itself writes to its log file, not to this pipe
            String output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new EmbeddedStoreException(what + " did not finish within " + timeout.toSeconds() + " s");
            }
            if (process.exitValue() != 0) {
                throw new EmbeddedStoreException(
                        what + " failed with exit status " + process.exitValue() + ": " + lastLines(output));
            }
            return output;
        } catch (IOException e) {
            throw new EmbeddedStoreException("cannot read the output of " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new EmbeddedStoreException(what + " was interrupted", e);
        }
    }

    private static String lastLines(String output) {
        List<String> lines = output.strip().lines().toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 4), lines.size()));
    }
}
