package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.crs.store.CaseStore;
import uk.crs.store.EmbeddedPostgres;
import uk.crs.testing.TestStores;
import uk.crs.users.PasswordHashing;
import uk.crs.users.Role;
import uk.crs.users.User;
import uk.crs.users.Users;

/**
 * {@code crs users add} on the embedded store, with its server running as under {@code crs serve}: adds accounts,
 * and refuses bad input without writing anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersCommandIT {

    private static final String PASSWORD = "correct horse battery";

    private Map<String, String> env = Map.of();
    private @Nullable EmbeddedPostgres server;

    @BeforeAll
    void startTheStore(@TempDir Path home) {
        env = Map.of("CRS_HOME", home.toString());
        server = TestStores.embedded(home);
    }

    @BeforeEach
    void noAccounts() {
        new JdbcTemplate(store()).update("DELETE FROM user_account");
    }

    @AfterAll
    void stopTheStore() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void addsAUserWithABcryptHashOfThePasswordFromStandardInput() {
        CliRun run = CliRun.with(
                env,
                PASSWORD + "\n",
                "users",
                "add",
                "jsmith",
                "--role",
                "inspector",
                "--force",
                "durham",
                "--password-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("added user jsmith (INSPECTOR, force durham)\n");
        assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
        DataSource store = store();
        assertThat(new Users(store, PasswordHashing.encoder()).find("jsmith"))
                .contains(new User("jsmith", Role.INSPECTOR, "durham"));
        String hash = new JdbcTemplate(store)
                .queryForObject("SELECT password_hash FROM user_account WHERE username = 'jsmith'", String.class);
        assertThat(hash).startsWith("$2a$10$").doesNotContain(PASSWORD);
        assertThat(PasswordHashing.encoder().matches(PASSWORD, hash)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown role      | jsmith   | constable | durham     | correct horse battery | --role: unknown role 'constable'; expected one of OFFICER, SERGEANT",
                "unknown force     | jsmith   | officer   | gotham     | correct horse battery | --force: unknown force 'gotham'",
                "bad name          | J Smith  | officer   | durham     | correct horse battery | username: expected 1 to 64 lower-case letters",
                "name taken        | existing | officer   | cleveland  | correct horse battery | username: 'existing' already exists",
                "short password    | jsmith   | officer   | durham     | short                 | password: expected at least 8 characters, found 5",
                "no password       | jsmith   | officer   | durham     | ''                    | --password-stdin: standard input held no password",
            })
    void refusesBadInputWithExitStatus2AndWritesNothing(
            String why, String name, String role, String force, String password, String message) {
        CliRun first = CliRun.with(
                env,
                PASSWORD,
                "users",
                "add",
                "existing",
                "--role",
                "sergeant",
                "--force",
                "durham",
                "--password-stdin");
        assertThat(first.exitCode()).as(first.err()).isZero();

        CliRun run = CliRun.with(
                env, password + "\n", "users", "add", name, "--role", role, "--force", force, "--password-stdin");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("crs: users add: " + message);
        assertThat(run.out()).isEmpty();
        assertThat(new JdbcTemplate(store())
                        .queryForList(
                                "SELECT username || ' ' || user_role || ' ' || force_slug FROM user_account",
                                String.class))
                .containsExactly("existing SERGEANT durham");
    }

    @Test
    void neverTakesThePasswordFromTheCommandLine() {
        CliRun run = CliRun.with(
                env, "", "users", "add", "jsmith", "--role", "officer", "--force", "durham", "--password", PASSWORD);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown options: '--password'");
    }

    @Test
    void asksForATerminalWhenThereIsNoPasswordOnStandardInput() {
        CliRun run = CliRun.with(env, "", "users", "add", "jsmith", "--role", "officer", "--force", "durham");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no terminal to ask for the password; pipe it in with --password-stdin");
    }

    private DataSource store() {
        return CaseStore.dataSource(Objects.requireNonNull(server).application());
    }
}
