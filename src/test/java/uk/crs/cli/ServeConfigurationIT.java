package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad configuration stops {@code crs serve} before it starts, with one line naming the setting. */
class ServeConfigurationIT {

    @Test
    void refusesAHomeThatCannotBeWritten(@TempDir Path dir) throws Exception {
        // A path beneath a regular file can never be created, even by root.
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        CliRun outcome = serve(Map.of("CRS_HOME", file.resolve("home").toString()), "--port", "0");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err())
                .startsWith("crs: cannot start: CRS_HOME: the home directory")
                .contains("cannot be written");
        assertOneLine(outcome);
    }

    @Test
    void refusesAnUnreachableDatabase(@TempDir Path dir) {
        CliRun outcome = serve(
                Map.of("CRS_HOME", dir.toString(), "CRS_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/crs"),
                "--port",
                "0");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err())
                .startsWith("crs: cannot start: CRS_DATABASE_URL: cannot connect to jdbc:postgresql://127.0.0.1:1/crs");
        assertOneLine(outcome);
    }

    @Test
    void refusesADatabaseUrlThatIsNotPostgresql(@TempDir Path dir) {
        CliRun outcome = serve(
                Map.of("CRS_HOME", dir.toString(), "CRS_DATABASE_URL", "mysql://db/crs?password=secret"),
                "--port",
                "0");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err())
                .contains("CRS_DATABASE_URL: expected a PostgreSQL JDBC URL")
                .doesNotContain("secret");
        assertOneLine(outcome);
    }

    @Test
    void refusesAPortAlreadyInUse(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            CliRun outcome = serve(Map.of("CRS_HOME", dir.toString()), "--port", String.valueOf(taken.getLocalPort()));

            assertThat(outcome.exitCode()).isEqualTo(2);
            assertThat(outcome.err())
                    .isEqualTo("crs: cannot start: --port: port " + taken.getLocalPort()
                            + " is already in use; stop the other program or choose another with --port\n");
        }
    }

    private static void assertOneLine(CliRun outcome) {
        assertThat(outcome.err().strip())
                .doesNotContain("\n")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    private static CliRun serve(Map<String, String> env, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "serve";
        System.arraycopy(options, 0, args, 1, options.length);
        return CliRun.with(env, "", args);
    }
}
