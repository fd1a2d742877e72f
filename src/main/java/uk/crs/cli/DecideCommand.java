package uk.crs.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.crs.decision.Decider;
import uk.crs.decision.DecisionJson;

/** {@code crs decide}: decides each case in a file of case facts and prints one decision JSON per case. */
@Command(
        name = "decide",
        description = {
            "Decide whether community resolutions are permitted, one decision JSON per case on stdout, in order.",
            "Input: one case-facts JSON document, or JSON Lines with one case per line.",
            "Exit 0 when every case was decided; 2 when any case was invalid (each reported on stderr with its line"
                    + " and field; valid cases are still decided)."
        })
final class DecideCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--policy",
            paramLabel = "ID|FILE",
            description = "Decide every case under this policy (id, id@version, or a policy file) instead of the"
                    + " one in force for the case's force and offence date.")
    @Nullable
    String policyName;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", description = "Case facts (default: stdin).")
    @Nullable
    String input;

    DecideCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<LocalDate> today = Today.from(environment, err, "crs decide");
        if (today.isEmpty()) {
            return CrsCommand.BAD_INPUT;
        }
        Decider decider = Decider.bundled();
        Optional<PolicyChoice> choice = PolicyChoice.parse(policyName, decider.policies(), err);
        if (choice.isEmpty()) {
            return CrsCommand.BAD_INPUT;
        }
        String source = input == null || input.equals("-") ? "-" : input;
        if (!source.equals("-") && !Files.isRegularFile(Path.of(source))) {
            err.println("crs decide: " + source + ": no such file");
            return CrsCommand.BAD_INPUT;
        }
        CaseProcessor processor =
                new CaseProcessor(decider, DecisionJson.bundled(), choice.get(), today.get(), "crs decide");
        int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        int invalid;
        try (OrderedPipeline pipeline =
                        new OrderedPipeline(processor, spec.commandLine().getOut(), err, threads);
                BufferedReader in = source.equals("-")
                        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                        : Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8)) {
            CaseSource.read(in, pipeline);
            invalid = pipeline.finish();
        }
        return invalid == 0 ? 0 : CrsCommand.BAD_INPUT;
    }
}
