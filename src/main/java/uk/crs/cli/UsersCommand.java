package uk.crs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crs users}: commands on the accounts that may sign in. */
@Command(
        name = "users",
        description = "Manage the accounts that may sign in.",
        subcommands = {UsersAddCommand.class})
final class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
