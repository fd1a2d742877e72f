package uk.crs.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands: run without one, it is a usage error (usage on stderr, exit 2). */
abstract class CommandGroup implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing subcommand: choose one of "
                        + spec.subcommands().keySet().stream()
                                .filter(n -> !n.equals("help"))
                                .toList());
    }
}
