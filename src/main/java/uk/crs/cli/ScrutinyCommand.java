package uk.crs.cli;

import picocli.CommandLine.Command;

/** {@code crs scrutiny}: reproducible sampling, agreement statistics and national collation for scrutiny panels. */
@Command(
        name = "scrutiny",
        description = "Scrutiny panels: re-check a draw, measure members' agreement, collate published findings.",
        subcommands = {ScrutinySampleCommand.class, ScrutinyAgreementCommand.class, ScrutinyCollateCommand.class})
final class ScrutinyCommand extends CommandGroup {}
