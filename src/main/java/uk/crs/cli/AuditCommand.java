package uk.crs.cli;

import picocli.CommandLine.Command;

/** {@code crs audit}: commands on the audit log. */
@Command(
        name = "audit",
        description = "Check the hash-chained audit log and the records it vouches for; sign checkpoints.",
        subcommands = {AuditVerifyCommand.class, AuditCheckpointCommand.class})
final class AuditCommand extends CommandGroup {}
