package uk.crs.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** Checks the configuration before anything starts, so that a bad setting gives one clear message. */
public final class StartupChecks {

    private StartupChecks() {}

    /** Every problem with the stores; empty when crs can start. */
    public static List<SettingProblem> stores(StoreSettings settings) {
        List<SettingProblem> problems = new ArrayList<>();
        writableHome(settings.home()).ifPresent(problems::add);
        if (!settings.embedded()) {
            reachableDatabase(settings).ifPresent(problems::add);
        } else {
            embeddedPort(settings.embeddedPort()).ifPresent(problems::add);
        }
        return problems;
    }

    /** The embedded server's port, when one is set, is a number from 1 to 65535. */
    static Optional<SettingProblem> embeddedPort(@Nullable String port) {
        if (port == null) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(port.strip());
            if (number >= 1 && number <= 65535) {
                return Optional.empty();
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        return Optional.of(new SettingProblem(
                StoreSettings.EMBEDDED_PORT, "expected a port from 1 to 65535, found '" + port + "'"));
    }

    /** The home directory exists or can be created, and files can be written in it. */
    public static Optional<SettingProblem> writableHome(Path home) {
        try {
            Files.createDirectories(home);
            Path probe = Files.createTempFile(home, ".write-check", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(new SettingProblem(
                    StoreSettings.HOME,
                    "the home directory " + home + " cannot be written (" + describe(e) + "); "
                            + "set CRS_HOME to a writable directory"));
        }
    }

    /** The configured PostgreSQL server accepts a connection with the configured user. */
    public static Optional<SettingProblem> reachableDatabase(StoreSettings settings) {
        CaseStoreConnection connection = settings.external();
        String url = connection.url();
        if (!url.startsWith("jdbc:postgresql:")) {
            return Optional.of(new SettingProblem(
                    StoreSettings.DATABASE_URL,
                    "expected a PostgreSQL JDBC URL such as jdbc:postgresql://localhost:5432/crs, found '"
                            + settings.describeCaseStore() + "'"));
        }
        Properties properties = new Properties();
        properties.setProperty("user", connection.user());
        properties.setProperty("password", connection.password());
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(new SettingProblem(
                    StoreSettings.DATABASE_URL,
                    "cannot connect to " + settings.describeCaseStore() + " as user '" + connection.user() + "' ("
                            + describe(e) + ")"));
        }
    }

    /** Nothing else is listening on the port. */
    public static Optional<SettingProblem> freePort(int port) {
        if (port < 0 || port > 65535) {
            return Optional.of(new SettingProblem("--port", "expected a port from 0 to 65535, found " + port));
        }
        if (port == 0) {
            return Optional.empty();
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new SettingProblem(
                    "--port",
                    "port " + port + " is already in use; stop the other program or choose another with --port"));
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }
}
