package uk.crs.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.crs.store.internal.Cluster;
import uk.crs.store.internal.Passwords;
import uk.crs.store.internal.PostgresBinaries;

/**
 * The embedded case store: a real PostgreSQL server that crs runs itself, with its files under {@code $CRS_HOME/pg}.
 *
 * <p>One crs process at a time <em>owns</em> the server: it holds the lock file {@code pg/crs.lock}, starts the server,
 * brings the schema up to date and stops the server when it closes. A second process ({@code crs audit verify} while
 * {@code crs serve} runs) <em>joins</em> the running server instead. The lock is the operating system's, so it goes
 * with a process that is killed; the next owner then finds the server that process left running (its {@code
 * postmaster.pid}), stops it and starts it afresh, and PostgreSQL's own crash recovery does the rest.
 *
 * <p>The server listens on 127.0.0.1 only, has no Unix socket and accepts only password (SCRAM) sign-ins. crs signs in
 * as the role {@code crs}, which owns the database but is neither a superuser nor able to create roles; the audit
 * log belongs to the login-less role {@code crs_audit_owner}, so crs may only read and append it (migration V4). The
 * superuser's password is kept for crs's own management only, beside the application's, in {@code pg/passwords}
 * (mode 0600).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    /** The database and the application's login role. */
    public static final String DATABASE = "crs";

    public static final String APPLICATION_ROLE = "crs";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Duration JOIN_WAIT = Duration.ofSeconds(120);

    private final Layout layout;
    private final int port;
    private final Passwords passwords;
    private final @Nullable Cluster cluster;
    private final @Nullable FileLock lock;

    private EmbeddedPostgres(
            Layout layout, int port, Passwords passwords, @Nullable Cluster cluster, @Nullable FileLock lock) {
        this.layout = layout;
        this.port = port;
        this.passwords = passwords;
        this.cluster = cluster;
        this.lock = lock;
    }

    /** Where the embedded store keeps its files, and the port it listens on (null: a free port at each start). */
    public record Layout(Path directory, Path binaries, @Nullable Integer port) {

        /** The standard layout under a home directory: {@code home/pg}, with the bundled programs unpacked in it. */
        public static Layout under(Path home, @Nullable Integer port) {
            Path directory = home.resolve("pg");
            return new Layout(directory, directory.resolve("postgresql-" + BuildInfo.postgresVersion()), port);
        }

        public Path data() {
            return directory.resolve("data");
        }

        /** Whether a cluster has been created here (by an earlier start). */
        public boolean exists() {
            return Files.isRegularFile(data().resolve("PG_VERSION"));
        }

        Path passwords() {
            return directory.resolve("passwords");
        }

        Path lockFile() {
            return directory.resolve("crs.lock");
        }

        Path log() {
            return directory.resolve("postgresql.log");
        }
    }

    /**
     * Starts the server and owns it until {@link #close}, as {@code crs serve} does. If another process owns it, waits
     * up to {@code wait} for it to finish (a one-shot command), then gives up naming that process.
     */
    public static EmbeddedPostgres own(Layout layout, Duration wait) {
        return open(layout, wait, false);
    }

    /** Joins the server another crs process runs, or starts and owns it if none does, as one-shot commands do. */
    public static EmbeddedPostgres use(Layout layout) {
        return open(layout, JOIN_WAIT, true);
    }

    private static EmbeddedPostgres open(Layout layout, Duration wait, boolean mayJoin) {
        try {
            Files.createDirectories(layout.directory());
            Files.setPosixFilePermissions(layout.directory(), PosixFilePermissions.fromString("rwx------"));
            FileChannel channel =
                    FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return startOwned(layout, channel, lock);
                }
                if (mayJoin) {
                    Optional<EmbeddedPostgres> joined = join(layout);
                    if (joined.isPresent()) {
                        channel.close();
                        return joined.get();
                    }
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw new EmbeddedStoreException("another crs process (" + owner(layout)
                            + ") is using the embedded case store in " + layout.directory()
                            + "; stop it first, or set CRS_HOME to another directory");
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new EmbeddedStoreException(
                    "cannot use the embedded case store in " + layout.directory() + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStoreException("interrupted while waiting for the embedded case store", e);
        }
    }

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static EmbeddedPostgres startOwned(Layout layout, FileChannel channel, FileLock lock) {
        try {
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            PostgresBinaries binaries = PostgresBinaries.bundled(layout.binaries());
            Cluster cluster = new Cluster(binaries, layout.data(), layout.log());
            Optional<Cluster.Postmaster> orphan = cluster.running();
            if (orphan.isPresent()) {
                LOG.warn(
                        "stopping the embedded PostgreSQL server (pid {}) left running by a crs process that ended"
                                + " without stopping it",
                        orphan.get().pid());
                cluster.stop();
            }
            cluster.forgetStaleServer();
            Passwords passwords;
            if (!cluster.initialised()) {
                LOG.info("creating the embedded PostgreSQL case store in {}", layout.directory());
                passwords = Passwords.generate();
                passwords.write(layout.passwords());
                cluster.initialise(passwords.superuser());
            } else {
                passwords = Passwords.read(layout.passwords());
            }
            int port = startOnAPort(cluster, layout.port());
            EmbeddedPostgres server = new EmbeddedPostgres(layout, port, passwords, cluster, lock);
            try {
                server.prepareDatabase();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            LOG.info("embedded PostgreSQL {} is running on 127.0.0.1:{}", BuildInfo.postgresVersion(), port);
            return server;
        } catch (IOException | RuntimeException e) {
            release(channel, lock);
            if (e instanceof EmbeddedStoreException failure) {
                throw failure;
            }
            throw new EmbeddedStoreException(
                    "cannot start the embedded case store in " + layout.directory() + " (" + e.getMessage() + ")", e);
        }
    }

    private static int startOnAPort(Cluster cluster, @Nullable Integer configured) {
        if (configured != null) {
            cluster.start(configured);
            return configured;
        }
        // a free port may be taken by another program between choosing it and the server binding it: try another
        EmbeddedStoreException last = new EmbeddedStoreException("no free port on 127.0.0.1");
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            try {
                cluster.start(port);
                return port;
            } catch (EmbeddedStoreException e) {
                last = e;
            }
        }
        throw last;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedStoreException("no free port on 127.0.0.1 (" + e.getMessage() + ")", e);
        }
    }

    private static Optional<EmbeddedPostgres> join(Layout layout) {
        Optional<Cluster.Postmaster> running = Cluster.Postmaster.read(layout.data());
        if (running.isEmpty() || !running.get().ready() || !Files.isRegularFile(layout.passwords())) {
            return Optional.empty(); // not started yet, or still starting
        }
        EmbeddedPostgres joined =
                new EmbeddedPostgres(layout, running.get().port(), Passwords.read(layout.passwords()), null, null);
        try (Connection ignored = joined.connect(joined.application())) {
            return Optional.of(joined);
        } catch (SQLException notYet) {
            return Optional.empty(); // the owner is still preparing the database
        }
    }

    private static String owner(Layout layout) {
        try {
            String pid =
                    Files.readString(layout.lockFile(), StandardCharsets.UTF_8).strip();
            return pid.isEmpty() ? "unknown pid" : pid;
        } catch (IOException e) {
            return "unknown pid";
        }
    }

    /**
     * Creates the roles and the database when missing, then brings the schema up to date as the application's role.
     * Only migration V4 needs to hand objects to {@code crs_audit_owner}: for the migrations, and only for them, the
     * application's role is allowed to grant that role (without using it), and the allowance is taken back after.
     */
    private void prepareDatabase() {
        CaseStoreConnection admin = new CaseStoreConnection(url("postgres"), Cluster.SUPERUSER, passwords.superuser());
        try (Connection c = connect(admin);
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN"
                    + " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + CaseStore.AUDIT_OWNER + "') THEN"
                    + " CREATE ROLE " + CaseStore.AUDIT_OWNER + " NOLOGIN; END IF;"
                    + " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + APPLICATION_ROLE + "') THEN"
                    + " CREATE ROLE " + APPLICATION_ROLE + " LOGIN; END IF; END $$");
            s.execute("ALTER ROLE " + APPLICATION_ROLE
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            // sent as a SCRAM verifier, so that the password itself never reaches the server or its log
            c.unwrap(PGConnection.class)
                    .alterUserPassword(APPLICATION_ROLE, passwords.application().toCharArray(), "scram-sha-256");
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + APPLICATION_ROLE);
                }
            }
            s.execute("GRANT " + CaseStore.AUDIT_OWNER + " TO " + APPLICATION_ROLE
                    + " WITH ADMIN TRUE, INHERIT FALSE, SET FALSE");
        } catch (SQLException e) {
            throw new EmbeddedStoreException("cannot prepare the embedded case store (" + e.getMessage() + ")", e);
        }
        try {
            CaseStoreConnection app = application();
            CaseStore.migrate(new DriverManagerDataSource(app.url(), app.user(), app.password()));
        } finally {
            revokeMigrationAllowance(admin);
        }
    }

    private void revokeMigrationAllowance(CaseStoreConnection admin) {
        try (Connection c = connect(admin);
                Statement s = c.createStatement()) {
            s.execute("REVOKE " + CaseStore.AUDIT_OWNER + " FROM " + APPLICATION_ROLE + " CASCADE");
            try (ResultSet rs = s.executeQuery("SELECT pg_has_role('" + APPLICATION_ROLE + "', '"
                    + CaseStore.AUDIT_OWNER + "', 'MEMBER') OR pg_has_role('" + APPLICATION_ROLE + "', '"
                    + CaseStore.AUDIT_OWNER + "', 'USAGE')")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    throw new EmbeddedStoreException("the role " + APPLICATION_ROLE + " is still a member of "
                            + CaseStore.AUDIT_OWNER + " and could alter the audit log");
                }
            }
        } catch (SQLException e) {
            throw new EmbeddedStoreException(
                    "cannot finish preparing the embedded case store (" + e.getMessage() + ")", e);
        }
    }

    private Connection connect(CaseStoreConnection account) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", account.user());
        properties.setProperty("password", account.password());
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(account.url(), properties);
    }

    /** How the application signs in: as the role {@code crs}, to the database {@code crs}. */
    public CaseStoreConnection application() {
        return new CaseStoreConnection(url(DATABASE), APPLICATION_ROLE, passwords.application());
    }

    /**
     * The superuser, signed in to the case store's database: for managing the server, and for tests that act as
     * someone with full control of it.
     */
    public CaseStoreConnection superuser() {
        return new CaseStoreConnection(url(DATABASE), Cluster.SUPERUSER, passwords.superuser());
    }

    public int port() {
        return port;
    }

    /** Whether this process started the server (and stops it on close) rather than joining another's. */
    public boolean owner() {
        return cluster != null;
    }

    public Layout layout() {
        return layout;
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Stops the server if this process owns it, and lets another process own it. */
    @Override
    public void close() {
        if (cluster == null || lock == null) {
            return;
        }
        try {
            cluster.stop();
        } finally {
            release(lock.channel(), lock);
        }
    }

    private static void release(FileChannel channel, FileLock lock) {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock; a process that exits releases it too
        }
    }
}
