package uk.crs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
final class PolicyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
