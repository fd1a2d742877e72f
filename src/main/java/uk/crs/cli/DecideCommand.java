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
import uk.crs.decision.CaseFacts;
import uk.crs.decision.Decider;
import uk.crs.decision.DecisionJson;
import uk.crs.decision.FieldError;
import uk.crs.decision.ParsedCase;
import uk.crs.policy.Policy;

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
        LocalDate today;
        try {
            today = Today.from(environment);
        } catch (IllegalArgumentException e) {
            err.println("crs decide: " + e.getMessage());
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
        Run run = new Run(
                decider,
                DecisionJson.bundled(),
                choice.get(),
                today,
                spec.commandLine().getOut(),
                err);
        try (BufferedReader in = source.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8)) {
            CaseSource.read(in, run);
        }
        spec.commandLine().getOut().flush();
        err.flush();
        return run.invalid == 0 ? 0 : CrsCommand.BAD_INPUT;
    }

    /** Decides entries as they stream past, counting the invalid ones. */
    private static final class Run implements CaseSource.Sink {
        private final Decider decider;
        private final DecisionJson json;
        private final PolicyChoice choice;
        private final LocalDate today;
        private final PrintWriter out;
        private final PrintWriter err;
        int invalid;

        Run(
                Decider decider,
                DecisionJson json,
                PolicyChoice choice,
                LocalDate today,
                PrintWriter out,
                PrintWriter err) {
            this.decider = decider;
            this.json = json;
            this.choice = choice;
            this.today = today;
            this.out = out;
            this.err = err;
        }

        @Override
        public boolean accept(CaseSource.Entry entry) {
            return handle(entry, false);
        }

        @Override
        public boolean silently(CaseSource.Entry entry) {
            return handle(entry, true);
        }

        private boolean handle(CaseSource.Entry entry, boolean quietIfMalformed) {
            ParsedCase parsed = json.parse(entry.text(), today);
            if (parsed instanceof ParsedCase.Invalid bad) {
                boolean malformed = bad.errors().get(0).field().isEmpty();
                if (malformed && quietIfMalformed) {
                    return false;
                }
                report(entry.line(), bad.id(), bad);
                return !malformed;
            }
            CaseFacts facts = ((ParsedCase.Valid) parsed).facts();
            Optional<Policy> policy = choice.policyFor(decider, facts);
            if (policy.isEmpty()) {
                report(
                        entry.line(),
                        facts.id(),
                        new ParsedCase.Invalid(
                                facts.id(),
                                java.util.List.of(new FieldError(
                                        "offence.date",
                                        "no policy is in force for " + facts.force() + " on "
                                                + facts.offence().date()))));
                return true;
            }
            json.write(decider.decide(facts, policy.get()), out);
            out.write('\n');
            return true;
        }

        private void report(int line, @Nullable String id, ParsedCase.Invalid bad) {
            invalid++;
            String where = "line " + line + (id == null ? "" : " (id " + id + ")");
            for (FieldError e : bad.errors()) {
                err.println("crs decide: " + where + ": " + e.message());
            }
        }
    }
}
