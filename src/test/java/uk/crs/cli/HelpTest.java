package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers {@code -h} and {@code --help} with its usage and exit 0. */
class HelpTest {

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(CrsCommand.commandLine(Map.of()), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(10);
        for (List<String> path : paths) {
            for (String option : List.of("-h", "--help")) {
                List<String> args = new ArrayList<>(path);
                args.add(option);
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.exitCode())
                        .as("crs %s: %s", String.join(" ", args), run.err())
                        .isZero();
                assertThat(run.out())
                        .as("crs %s", String.join(" ", args))
                        .contains("Usage: crs" + (path.isEmpty() ? "" : " " + String.join(" ", path)));
            }
        }
    }

    /**
     * Picocli formats every description with {@link String#format}; a lone {@code %} (as in "95% intervals") makes it
     * print a warning on every {@code --help} and show the text unformatted.
     */
    @Test
    void everyDescriptionIsAValidFormatString() {
        List<List<String>> paths = new ArrayList<>();
        CommandLine root = CrsCommand.commandLine(Map.of());
        collect(root, new ArrayList<>(), paths);
        for (List<String> path : paths) {
            CommandLine command = root;
            for (String name : path) {
                command = Objects.requireNonNull(command.getSubcommands().get(name), name);
            }
            CommandLine.Model.CommandSpec spec = command.getCommandSpec();
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            spec.options().forEach(option -> texts.addAll(List.of(option.description())));
            spec.positionalParameters().forEach(parameter -> texts.addAll(List.of(parameter.description())));
            for (String text : texts) {
                assertThatCode(() -> String.format(text))
                        .as("crs %s: %s", String.join(" ", path), text)
                        .doesNotThrowAnyException();
            }
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().name().equals(name)) { // aliases name the same command again
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, paths);
            }
        });
    }
}
