package uk.crs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code crs policy}: list, check and compare community-resolution policy versions. */
@Command(
        name = "policy",
        description = "List, check and compare policy versions.",
        subcommands = {
            PolicyListCommand.class,
            PolicyCheckCommand.class,
            PolicyCompareCommand.class,
            CommandLine.HelpCommand.class
        })
final class PolicyCommand extends CommandGroup {}
