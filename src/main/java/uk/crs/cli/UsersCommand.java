package uk.crs.cli;

import picocli.CommandLine.Command;

/** {@code crs users}: commands on the accounts that may sign in. */
@Command(
        name = "users",
        description = "Manage the accounts that may sign in.",
        subcommands = {UsersAddCommand.class})
final class UsersCommand extends CommandGroup {}
