package uk.crs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.crs.policy.Policies;
import uk.crs.policy.Policy;
import uk.crs.policy.RuleSpec;

/** {@code crs policy list}: the bundled policy versions, their scope, period and placeholder count. */
@Command(name = "list", description = "List the bundled policy versions and which forces they cover.")
final class PolicyListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "%-24s %-12s %-24s %-6s %-13s %s%n", "POLICY", "SCOPE", "EFFECTIVE", "RULES", "PLACEHOLDERS", "SHA256");
        for (Policy p : Policies.bundled().all()) {
            LocalDate to = p.effectiveTo();
            long placeholders =
                    p.rules().stream().filter(r -> r.provenance().placeholder()).count();
            out.printf(
                    "%-24s %-12s %-24s %-6d %-13d %s%n",
                    p.label(),
                    p.scope().label(),
                    p.effectiveFrom() + " to " + (to == null ? "open" : to),
                    p.rules().size(),
                    placeholders,
                    p.sha256().substring(0, 12));
        }
        out.println();
        out.println(
                "Cases are decided under their force's own policy in force on the offence date, else the national one.");
        out.println("Every other force falls back to the national policy. Rule kinds: " + RuleSpec.kinds());
        out.println("Choose one explicitly with: crs decide --policy ID[@VERSION]|FILE");
    }
}
