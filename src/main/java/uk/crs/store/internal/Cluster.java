package uk.crs.store.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.crs.store.EmbeddedStoreException;

/**
 * One PostgreSQL cluster (data directory) that crs creates with {@code initdb} and starts and stops with {@code
 * pg_ctl}. Settings crs depends on are written to {@code crs.conf}, included by {@code postgresql.conf}, at every start.
 */
public final class Cluster {

    /** The superuser that {@code initdb} creates; crs uses it only to manage roles and the database. */
    public static final String SUPERUSER = "postgres";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final PostgresBinaries binaries;
    private final Path data;
    private final Path directory;
    private final Path log;

    public Cluster(PostgresBinaries binaries, Path data, Path log) {
        this.binaries = binaries;
        this.data = data.toAbsolutePath();
        this.directory = requireNonNull(this.data.getParent(), "the data directory's parent");
        this.log = log;
    }

    public boolean initialised() {
        return Files.isRegularFile(data.resolve("PG_VERSION"));
    }

    /**
     * Creates the cluster with password sign-in only (SCRAM), UTF-8, the C locale and page checksums. {@code initdb}
     * runs into a temporary directory that is renamed when it has finished, so a crash part-way leaves no half-made
     * cluster behind.
     */
    public void initialise(String superuserPassword) {
        Path partial = data.resolveSibling(data.getFileName() + ".partial");
        Path passwordFile = data.resolveSibling("initdb.pw");
        try {
            PostgresBinaries.deleteTree(partial);
            Files.deleteIfExists(passwordFile);
            Files.createFile(
                    passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, superuserPassword + "\n", StandardCharsets.UTF_8);
            Programs.run(
                    "initdb",
                    binaries.command(
                            "initdb",
                            "--pgdata=" + partial,
                            "--username=" + SUPERUSER,
                            "--pwfile=" + passwordFile,
                            "--auth=scram-sha-256",
                            "--encoding=UTF8",
                            "--no-locale",
                            "--data-checksums"),
                    directory,
                    START_TIMEOUT);
            // loopback TCP with a password, and nothing else (there is no Unix socket: see crs.conf)
            Files.writeString(
                    partial.resolve("pg_hba.conf"),
                    "# written by crs: password sign-in over loopback TCP only\n"
                            + "host all all 127.0.0.1/32 scram-sha-256\n",
                    StandardCharsets.UTF_8);
            Files.writeString(
                    partial.resolve("postgresql.conf"),
                    "\n# settings crs relies on, rewritten at every start\ninclude 'crs.conf'\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            Files.move(partial, data);
        } catch (IOException e) {
            throw new EmbeddedStoreException(
                    "cannot create the PostgreSQL cluster in " + data + " (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException ignored) {
                // it holds a password: the next start deletes it before initdb runs again
            }
        }
    }

    /** Starts the server on 127.0.0.1 at {@code port} and waits until it accepts connections. */
    public void start(int port) {
        writeSettings(port);
        Programs.run(
                "pg_ctl start",
                binaries.command(
                        "pg_ctl",
                        "--pgdata=" + data,
                        "--log=" + log,
                        "--wait",
                        "--timeout=" + START_TIMEOUT.toSeconds(),
                        "start"),
                data,
                START_TIMEOUT.plusSeconds(10));
    }

    /**
     * Stops the server: a fast shutdown (open transactions roll back, a checkpoint is written), or, if that does not
     * finish in time, an immediate one (crash recovery replays the log at the next start).
     */
    public void stop() {
        try {
            Programs.run("pg_ctl stop", stopCommand("fast"), data, STOP_TIMEOUT.plusSeconds(10));
        } catch (EmbeddedStoreException slow) {
            Programs.run("pg_ctl stop", stopCommand("immediate"), data, STOP_TIMEOUT.plusSeconds(10));
        }
    }

    private List<String> stopCommand(String mode) {
        return binaries.command(
                "pg_ctl",
                "--pgdata=" + data,
                "--mode=" + mode,
                "--wait",
                "--timeout=" + STOP_TIMEOUT.toSeconds(),
                "stop");
    }

    /** The server recorded in {@code postmaster.pid}, if one of this build's servers is running there. */
    public Optional<Postmaster> running() {
        Optional<Postmaster> recorded = Postmaster.read(data);
        return recorded.filter(
                p -> ProcessHandle.of(p.pid()).filter(binaries::isServer).isPresent());
    }

    /**
     * Removes a {@code postmaster.pid} left by a server that is no longer running, whose process number now belongs
     * to another program (PostgreSQL would otherwise refuse to start, thinking a server still runs).
     */
    public void forgetStaleServer() {
        if (Postmaster.read(data).isPresent() && running().isEmpty()) {
            try {
                Files.deleteIfExists(data.resolve(Postmaster.FILE));
            } catch (IOException e) {
                throw new EmbeddedStoreException("cannot remove the stale " + data.resolve(Postmaster.FILE), e);
            }
        }
    }

    private void writeSettings(int port) {
        String settings = String.join(
                "\n",
                "# written by crs at every start: edits here are lost",
                "listen_addresses = '127.0.0.1'",
                "port = " + port,
                "unix_socket_directories = ''",
                // durability: a commit is on disk before crs answers
                "fsync = on",
                "synchronous_commit = on",
                "full_page_writes = on",
                "password_encryption = 'scram-sha-256'",
                "max_connections = 100",
                "timezone = 'UTC'",
                "log_timezone = 'UTC'",
                // the log must never hold personal data: no statements, no values from error details
                "log_min_error_statement = panic",
                "log_error_verbosity = terse",
                "log_min_messages = warning",
                "log_connections = off",
                "log_disconnections = off",
                "");
        try {
            Files.writeString(data.resolve("crs.conf"), settings, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmbeddedStoreException(
                    "cannot write " + data.resolve("crs.conf") + " (" + e.getMessage() + ")", e);
        }
    }

    /** The facts a running server records in {@code postmaster.pid}. */
    public record Postmaster(long pid, int port, String status) {

        static final String FILE = "postmaster.pid";

        public boolean ready() {
            return status.strip().equals("ready");
        }

        public static Optional<Postmaster> read(Path data) {
            @Nullable List<String> lines;
            try {
                lines = Files.readAllLines(data.resolve(FILE), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Optional.empty();
            }
            try {
                // pid, data directory, start time, port, socket directory, listen address, shared memory key, status
                long pid = Long.parseLong(lines.get(0).strip());
                int port = lines.size() > 3 ? Integer.parseInt(lines.get(3).strip()) : 0;
                String status = lines.size() > 7 ? lines.get(7) : "starting";
                return Optional.of(new Postmaster(pid, port, status));
            } catch (NumberFormatException | IndexOutOfBoundsException partlyWritten) {
                return Optional.empty();
            }
        }
    }
}
