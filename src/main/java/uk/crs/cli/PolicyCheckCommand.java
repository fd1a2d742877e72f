package uk.crs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.crs.policy.Policies;
import uk.crs.policy.Policy;
import uk.crs.policy.PolicyProblem;
import uk.crs.policy.PolicyReading;

/**
 * {@code crs policy check FILE...}: validates policy files, including overlapping effective periods against the
 * bundled policies and the other files given.
 */
@Command(
        name = "check",
        description = {
            "Check policy files: fields and their types, rule kinds, offence codes, and that no two policies for one"
                    + " scope are in force on the same day (against the bundled policies and the other files given).",
            "Exit 0 when every file is valid, 2 otherwise; each problem names the file, the path inside it and what"
                    + " is wrong."
        })
final class PolicyCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy files (YAML or JSON).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PolicyProblem> problems = new ArrayList<>();
        List<Policy> read = new ArrayList<>();
        for (Path file : files) {
            PolicyReading reading = Policies.read(file);
            problems.addAll(reading.problems());
            Policy policy = reading.policy();
            if (policy != null) {
                read.add(policy);
            }
        }
        Policies everything = Policies.bundled().with(read);
        for (Policy policy : read) {
            problems.addAll(everything.overlaps(policy));
        }
        for (PolicyProblem p : problems) {
            err.println("crs policy check: " + p.message());
        }
        for (Policy policy : read) {
            if (problems.stream().noneMatch(p -> p.file().equals(policy.source()))) {
                out.println(policy.source() + ": ok (" + policy.label() + ", scope "
                        + policy.scope().label() + ", " + policy.rules().size() + " rules, sha256 " + policy.sha256()
                        + ")");
            }
        }
        return problems.isEmpty() ? 0 : CrsCommand.BAD_INPUT;
    }
}
