package uk.crs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crs audit}: commands on the audit log. */
@Command(
        name = "audit",
        description = "Check the hash-chained audit log.",
        subcommands = {AuditVerifyCommand.class})
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
