package uk.crs.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.store.EmbeddedStoreException;

/**
 * How the server programs are run when crs runs as root: through a user namespace, whose failure is reported as such
 * (and not mistaken for the program's own), with no trial run beforehand.
 */
class PostgresBinariesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path directory;

    PostgresBinariesTest(@TempDir Path directory) throws IOException {
        this.directory = directory;
        script(directory.resolve("bin/pg_ctl"), "echo 'pg_ctl: could not start server' >&2; exit 1");
    }

    @Test
    void aUserNamespaceThatCannotBeMadeIsReportedWithWhatToDoInstead() throws IOException {
        Path unshare = script(
                directory.resolve("wrapper/unshare"),
                "echo 'unshare: unshare failed: Operation not permitted' >&2; exit 1");
        PostgresBinaries binaries = PostgresBinaries.wrapped(directory, List.of(unshare.toString(), "--user", "--"));

        assertThatThrownBy(() -> binaries.run("pg_ctl start", directory, TIMEOUT, "pg_ctl", "start"))
                .isInstanceOf(EmbeddedStoreException.class)
                .hasMessageStartingWith("PostgreSQL will not run as root, and crs could not run it as an unprivileged"
                        + " user with 'unshare --user' (pg_ctl start failed with exit status 1: unshare: unshare"
                        + " failed: Operation not permitted)")
                .hasMessageEndingWith("run crs as an ordinary user, or set CRS_DATABASE_URL to a PostgreSQL server");
    }

    @Test
    void aMissingUnshareProgramIsReportedTheSameWay() {
        PostgresBinaries binaries = PostgresBinaries.wrapped(
                directory, List.of(directory.resolve("no-such/unshare").toString(), "--user", "--"));

        assertThatThrownBy(() -> binaries.run("pg_ctl start", directory, TIMEOUT, "pg_ctl", "start"))
                .hasMessageStartingWith("PostgreSQL will not run as root, and crs could not run it as an unprivileged"
                        + " user with 'unshare --user' (cannot run pg_ctl start");
    }

    @Test
    void theProgramsOwnFailureInsideTheNamespaceIsReportedAsItself() throws IOException {
        Path unshare = script(directory.resolve("wrapper/unshare"), "shift 2; exec \"$@\"");
        PostgresBinaries binaries = PostgresBinaries.wrapped(directory, List.of(unshare.toString(), "--user", "--"));

        assertThatThrownBy(() -> binaries.run("pg_ctl start", directory, TIMEOUT, "pg_ctl", "start"))
                .hasMessage("pg_ctl start failed with exit status 1: pg_ctl: could not start server");
    }

    @Test
    void knowsWhetherItRunsAsRoot() throws Exception {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(id.waitFor()).isZero();

        assertThat(PostgresBinaries.runsAsRoot()).isEqualTo(uid.equals("0"));
    }

    private static Path script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
