package uk.crs.cli;

import java.io.BufferedReader;
import java.io.IOException;
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
import uk.crs.decision.Decision;
import uk.crs.decision.DecisionJson;
import uk.crs.decision.FieldError;
import uk.crs.decision.ParsedCase;
import uk.crs.decision.PolicyComparison;
import uk.crs.policy.Policies;
import uk.crs.policy.Policy;

/** {@code crs policy compare}: re-decides a file of cases under two policies and reports what would change. */
@Command(
        name = "compare",
        description = {
            "What-if: decide every case under two policies and report how many decisions change, in which direction"
                    + " (more or less permissive; higher or lower authority) and which cases.",
            "Exit 0 when every case was compared, 2 when any case or policy was invalid."
        })
final class PolicyCompareCommand implements Callable<Integer>, EnvironmentAware {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "OLD", description = "Policy id[@version] or file.")
    String from = "";

    @Option(names = "--to", required = true, paramLabel = "NEW", description = "Policy id[@version] or file.")
    String to = "";

    @Option(names = "--show", defaultValue = "20", paramLabel = "N", description = "List the first N changed cases.")
    int show;

    @Parameters(index = "0", paramLabel = "CASES.jsonl", description = "Case facts, one JSON object per line.")
    Path cases = Path.of("-");

    PolicyCompareCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<LocalDate> date = Today.from(environment, err, "crs policy compare");
        if (date.isEmpty()) {
            return CrsCommand.BAD_INPUT;
        }
        LocalDate today = date.get();
        Policies bundled = Policies.bundled();
        Policy old = resolve("--from", from, bundled, today, err);
        Policy now = resolve("--to", to, bundled, today, err);
        if (old == null || now == null) {
            return CrsCommand.BAD_INPUT;
        }
        if (!Files.isRegularFile(cases)) {
            err.println("crs policy compare: " + cases + ": no such file");
            return CrsCommand.BAD_INPUT;
        }
        Decider decider = Decider.bundled();
        DecisionJson json = DecisionJson.bundled();
        PolicyComparison comparison = new PolicyComparison(show);
        int invalid = 0;
        try (BufferedReader in = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                ParsedCase parsed = json.parse(text, today);
                if (parsed instanceof ParsedCase.Invalid bad) {
                    invalid++;
                    for (FieldError e : bad.errors()) {
                        err.println("crs policy compare: line " + line + ": " + e.message());
                    }
                    continue;
                }
                ParsedCase.Valid valid = (ParsedCase.Valid) parsed;
                Decision before = decider.decide(valid.facts(), old);
                Decision after = decider.decide(valid.facts(), now);
                String id = valid.facts().id();
                comparison.add(id == null ? "line " + line : id, before, after);
            }
        }
        out.println("Comparing " + old.label() + " (" + old.sha256().substring(0, 12) + ") with " + now.label() + " ("
                + now.sha256().substring(0, 12) + ")");
        comparison.report(out);
        return invalid == 0 ? 0 : CrsCommand.BAD_INPUT;
    }

    private static @Nullable Policy resolve(
            String option, String value, Policies bundled, LocalDate today, PrintWriter err) {
        Optional<Policy> file = PolicyChoice.load(value, bundled, err);
        if (file.isPresent()) {
            return file.get();
        }
        if (Files.isRegularFile(Path.of(value))) {
            return null;
        }
        Optional<Policy> named = bundled.find(value, today);
        if (named.isEmpty()) {
            err.println("crs policy compare: " + option + ": unknown policy '" + value
                    + "'; see crs policy list, or give a policy file");
            return null;
        }
        return named.get();
    }
}
