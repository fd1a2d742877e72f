package uk.crs.cli;

import picocli.CommandLine.Command;

/** {@code crs audit}: commands on the audit log. */
@Command(
        name = "audit",
        description = "Check the hash-chained audit log.",
        subcommands = {AuditVerifyCommand.class})
final class AuditCommand extends CommandGroup {}
