package uk.crs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged {@code target/crs.jar} run as a real process, as {@code ./crs} runs it. */
public final class CrsProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private CrsProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The runnable jar built by {@code mvn package}, which runs before the integration tests. */
    public static Path jar() {
        String dir = System.getenv().getOrDefault("CRS_PROJECT_DIR", ".");
        Path jar = Path.of(dir, "target", "crs.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after `./mvnw package`");
        }
        return jar;
    }

    /** Starts {@code crs serve} on a free port with the given environment and extra arguments. */
    public static CrsProcess serve(Map<String, String> env, Path workDir, String... extraArgs) {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--port", String.valueOf(port)));
        args.addAll(List.of(extraArgs));
        return start(env, workDir, port, args);
    }

    private static CrsProcess start(Map<String, String> env, Path workDir, int port, List<String> args) {
        try {
            Path log = Files.createTempFile(workDir, "crs-", ".log");
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar().toString()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("CRS_") && !k.equals("CRS_PROJECT_DIR"));
            builder.environment().putAll(env);
            return new CrsProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a one-shot command to completion and returns its exit code and output. */
    public static Result run(Map<String, String> env, Path workDir, String... args) {
        try (CrsProcess p = start(env, workDir, 0, List.of(args))) {
            boolean finished = p.process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
            if (!finished) {
                throw new IllegalStateException("crs " + String.join(" ", args) + " did not finish:\n" + p.output());
            }
            return new Result(p.process.exitValue(), p.output());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Exit code and combined output of a finished command. */
    public record Result(int exitCode, String output) {}

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** Waits until the health endpoint answers, or fails with the process output. */
    public CrsProcess awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("crs exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // the server is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("crs did not become healthy within " + timeout + ":\n" + output());
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process at once (SIGKILL), as a power cut would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
