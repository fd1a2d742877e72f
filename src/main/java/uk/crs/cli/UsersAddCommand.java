package uk.crs.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.crs.forces.Force;
import uk.crs.store.CaseStore;
import uk.crs.store.EmbeddedStoreException;
import uk.crs.store.StartupChecks;
import uk.crs.store.StoreSettings;
import uk.crs.users.PasswordHashing;
import uk.crs.users.Role;
import uk.crs.users.UserRejectedException;
import uk.crs.users.Users;

/** {@code crs users add}: adds an account; the password comes from standard input or the terminal, never argv. */
@Command(
        name = "add",
        description = {
            "Add an account that may sign in, with one role and one force.",
            "The password is read from standard input with --password-stdin, otherwise asked for on the terminal.",
            "Exit status: 0 added, 2 invalid input or a name already taken (nothing is written)."
        })
final class UsersAddCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Username: lower-case letters, digits, '.', '-', '_'.")
    String name;

    @Option(
            names = "--role",
            required = true,
            paramLabel = "ROLE",
            description = "OFFICER, SERGEANT, INSPECTOR, SUPERINTENDENT, PANEL_MEMBER, ANALYST, AUDITOR or ADMIN"
                    + " (any case).")
    String role;

    @Option(names = "--force", required = true, paramLabel = "SLUG", description = "Force slug, e.g. durham.")
    String force;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    UsersAddCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        QuietLibraries.warningsOnly();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Role> parsedRole = Role.parse(role);
        if (parsedRole.isEmpty()) {
            return refuse("--role: unknown role '" + role + "'; expected one of " + Role.names());
        }
        ForceOption.Result forceSlug = ForceOption.read("--force", force, Force::recordsCases);
        if (forceSlug.slug() == null) {
            return refuse(String.valueOf(forceSlug.refusal()));
        }
        try {
            Users.checkName(name);
        } catch (UserRejectedException e) {
            return refuse(e.reason());
        }
        StoreSettings settings = StoreSettings.from(environment::get);
        var problem = StartupChecks.stores(settings);
        if (!problem.isEmpty()) {
            return refuse(problem.get(0).message());
        }
        Optional<String> password = password(err);
        if (password.isEmpty()) {
            return CrsCommand.BAD_INPUT;
        }
        try (CaseStore store = CaseStore.open(settings)) {
            if (!settings.embedded()) {
                CaseStore.migrate(store.dataSource()); // the embedded store's owner has already done so
            }
            var user = new Users(store.dataSource(), PasswordHashing.encoder())
                    .add(name, parsedRole.get(), forceSlug.slug(), password.get());
            spec.commandLine()
                    .getOut()
                    .printf("added user %s (%s, force %s)%n", user.username(), user.role(), user.force());
            return 0;
        } catch (UserRejectedException e) {
            return refuse(e.reason());
        } catch (EmbeddedStoreException e) {
            return refuse(e.reason());
        } catch (DataAccessException e) {
            err.println("crs: users add: cannot write to " + settings.describeCaseStore() + " ("
                    + e.getMostSpecificCause().getMessage() + ")");
            return 1;
        }
    }

    private Optional<String> password(PrintWriter err) {
        if (passwordStdin) {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                if (line == null || line.isEmpty()) {
                    err.println("crs: users add: --password-stdin: standard input held no password");
                    return Optional.empty();
                }
                return Optional.of(line);
            } catch (IOException e) {
                err.println("crs: users add: --password-stdin: cannot read standard input (" + e.getMessage() + ")");
                return Optional.empty();
            }
        }
        Console console = System.console();
        if (console == null) {
            err.println("crs: users add: no terminal to ask for the password; pipe it in with --password-stdin");
            return Optional.empty();
        }
        char[] first = console.readPassword("Password for %s: ", name);
        char[] second = console.readPassword("Same password again: ");
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                err.println("crs: users add: the two passwords differ; nothing was written");
                return Optional.empty();
            }
            return Optional.of(new String(first));
        } finally {
            if (first != null) {
                Arrays.fill(first, ' ');
            }
            if (second != null) {
                Arrays.fill(second, ' ');
            }
        }
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("crs: users add: " + message);
        return CrsCommand.BAD_INPUT;
    }
}
