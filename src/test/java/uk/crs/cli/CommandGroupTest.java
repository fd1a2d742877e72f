package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A command that only groups others, run without a subcommand, is a usage error that names the choices. */
class CommandGroupTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''     | serve",
                "audit  | verify",
                "users  | add",
                "policy | compare",
            })
    void refusesAMissingSubcommandWithUsageAndExitTwo(String group, String oneChoice) {
        CliRun run = group.isEmpty() ? CliRun.of() : CliRun.of(group);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("Missing subcommand: choose one of")
                .contains(oneChoice)
                .contains("Usage: crs");
    }
}
