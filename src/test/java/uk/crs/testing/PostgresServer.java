package uk.crs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for integration tests, started once per test JVM.
 *
 * <p>In order of preference: the server named by {@code CRS_TEST_DATABASE_URL} (with {@code CRS_TEST_DATABASE_USER}
 * and {@code CRS_TEST_DATABASE_PASSWORD}, a superuser that may create databases and roles); otherwise a throwaway
 * cluster made with the Debian packages' {@code initdb} in a temporary directory. With neither, tests that need it
 * are skipped with a visible message, except under {@code CI=true}, where that is a failure.
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile PostgresServer instance;

    private final String baseUrl;
    private final String user;
    private final String password;
    private final String description;

    private PostgresServer(String baseUrl, String user, String password, String description) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.description = description;
    }

    /** The shared server; skips the calling test (or fails it under CI) when no PostgreSQL is available. */
    public static PostgresServer get() {
        PostgresServer server = instance;
        if (server == null) {
            synchronized (PostgresServer.class) {
                if (instance == null) {
                    instance = start();
                    System.out.println("PostgreSQL integration tests: running against " + instance.description);
                }
                server = instance;
            }
        }
        return server;
    }

    /** A new, empty database on the server; returns its JDBC URL. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + DATABASES.incrementAndGet() + "_"
                        + ProcessHandle.current().pid())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        execute("postgres", "CREATE DATABASE " + name);
        return url(name);
    }

    /** Runs statements as the superuser in the named database. */
    public void execute(String database, String... statements) {
        try (Connection c = DriverManager.getConnection(url(database), user, password);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: " + e.getMessage(), e);
        }
    }

    public String url(String database) {
        return baseUrl + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static PostgresServer start() {
        String url = System.getenv("CRS_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            // e.g. jdbc:postgresql://localhost:5432/ : databases are appended to it.
            String base = url.endsWith("/") ? url : url.substring(0, url.lastIndexOf('/') + 1);
            return new PostgresServer(
                    base,
                    envOr("CRS_TEST_DATABASE_USER", "postgres"),
                    envOr("CRS_TEST_DATABASE_PASSWORD", ""),
                    "the server named by CRS_TEST_DATABASE_URL (" + base + ")");
        }
        Path bin = debianBinaries();
        if (bin == null) {
            String why =
                    "PostgreSQL integration tests SKIPPED: no PostgreSQL found. Install Debian's postgresql package"
                            + " or set CRS_TEST_DATABASE_URL.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why.replace("SKIPPED", "cannot be skipped under CI=true"));
            }
            System.out.println(why);
            Assumptions.abort(why);
        }
        return throwawayCluster(bin);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static Path debianBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(
                            b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private static PostgresServer throwawayCluster(Path bin) {
        try {
            Path dir = Files.createTempDirectory("crs-pg-");
            Path data = dir.resolve("data");
            int port = freePort();
            boolean root = "0".equals(run(List.of("id", "-u"), dir).strip());
            // initdb refuses to run as root, so as root the cluster belongs to the postgres account.
            List<String> asOwner = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
            if (root) {
                run(List.of("chown", "-R", "postgres", dir.toString()), dir);
            }
            run(
                    concat(
                            asOwner,
                            bin.resolve("initdb").toString(),
                            "-D",
                            data.toString(),
                            "-U",
                            "crs_test",
                            "-A",
                            "trust",
                            "-E",
                            "UTF8",
                            "--no-locale"),
                    dir);
            Files.writeString(
                    data.resolve("postgresql.conf"),
                    "\nlisten_addresses = '127.0.0.1'\nport = " + port + "\nunix_socket_directories = '" + dir
                            + "'\nfsync = on\nmax_connections = 200\nshared_buffers = 128MB\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            if (root) {
                run(List.of("chown", "-R", "postgres", dir.toString()), dir);
            }
            run(
                    concat(
                            asOwner,
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data.toString(),
                            "-l",
                            dir.resolve("server.log").toString(),
                            "-w",
                            "start"),
                    dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(
                            concat(
                                    asOwner,
                                    bin.resolve("pg_ctl").toString(),
                                    "-D",
                                    data.toString(),
                                    "-m",
                                    "immediate",
                                    "stop"),
                            dir);
                    run(List.of("rm", "-rf", dir.toString()), Path.of("/"));
                } catch (RuntimeException ignored) {
                    // best effort at JVM exit
                }
            }));
            String version = bin.getParent().getFileName().toString();
            return new PostgresServer(
                    "jdbc:postgresql://127.0.0.1:" + port + "/",
                    "crs_test",
                    "",
                    "a throwaway PostgreSQL " + version + " cluster on port " + port + " (" + dir + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(List<String> prefix, String... rest) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(rest));
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String run(List<String> command, Path dir) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
