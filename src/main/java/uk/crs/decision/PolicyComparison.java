package uk.crs.decision;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Tallies how decisions change between two policies: outcome direction, authority direction, and which cases. */
public final class PolicyComparison {

    private final int show;
    private final List<String> examples = new ArrayList<>();
    private int cases;
    private int changed;
    private int morePermissive;
    private int lessPermissive;
    private int higherAuthority;
    private int lowerAuthority;

    public PolicyComparison(int show) {
        this.show = Math.max(0, show);
    }

    public void add(String caseId, Decision before, Decision after) {
        cases++;
        int outcome =
                Integer.compare(after.outcome().ordinal(), before.outcome().ordinal());
        // authority only means something when a community resolution is possible under both policies
        boolean comparable = before.outcome() != Outcome.NOT_PERMITTED && after.outcome() != Outcome.NOT_PERMITTED;
        int authority = comparable ? after.requiredAuthority().compareTo(before.requiredAuthority()) : 0;
        boolean rulesDiffer = !before.firedRuleIds().equals(after.firedRuleIds());
        if (outcome == 0 && authority == 0 && !rulesDiffer) {
            return;
        }
        changed++;
        morePermissive += outcome < 0 ? 1 : 0;
        lessPermissive += outcome > 0 ? 1 : 0;
        higherAuthority += authority > 0 ? 1 : 0;
        lowerAuthority += authority < 0 ? 1 : 0;
        if (examples.size() < show) {
            examples.add(caseId + ": " + before.outcome() + "/" + before.requiredAuthority() + " -> " + after.outcome()
                    + "/" + after.requiredAuthority() + " (fired " + before.firedRuleIds() + " -> "
                    + after.firedRuleIds() + ")");
        }
    }

    public void report(PrintWriter out) {
        out.println("cases compared:        " + cases);
        out.println("decisions changed:     " + changed + " (outcome, authority or fired rules)");
        out.println("  more permissive:     " + morePermissive);
        out.println("  less permissive:     " + lessPermissive);
        out.println(
                "  higher authority:    " + higherAuthority + " (where both permit, with or without authorisation)");
        out.println("  lower authority:     " + lowerAuthority);
        if (!examples.isEmpty()) {
            out.println("first " + examples.size() + " changed:");
            examples.forEach(e -> out.println("  " + e));
        }
    }
}
