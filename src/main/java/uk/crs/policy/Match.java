package uk.crs.policy;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which cases an exclusion or escalation applies to: every criterion given must hold (an empty set means "any").
 *
 * <p>Circumstances can only be required to be present, never absent, so that adding a circumstance to a case can only
 * make more rules apply (the monotonicity the engine promises).
 */
public record Match(
        Set<String> offenceCodes,
        Set<String> offenceFlags,
        Set<String> offenceGroups,
        Set<String> modesOfTrial,
        Set<Circumstance> circumstances,
        @Nullable Integer minAge,
        @Nullable Integer maxAge) {

    public Match {
        offenceCodes = Set.copyOf(offenceCodes);
        offenceFlags = Set.copyOf(offenceFlags);
        offenceGroups = Set.copyOf(offenceGroups);
        modesOfTrial = Set.copyOf(modesOfTrial);
        circumstances = Set.copyOf(circumstances);
    }

    /** A readable summary of the criteria, for explanations. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        append(s, "offence", offenceCodes);
        append(s, "flag", offenceFlags);
        append(s, "group", offenceGroups);
        append(s, "mode of trial", modesOfTrial);
        append(
                s,
                "circumstance",
                circumstances.stream().map(Circumstance::key).sorted().toList());
        if (minAge != null) {
            s.append(s.length() == 0 ? "" : ", ").append("age ").append(minAge).append('+');
        }
        if (maxAge != null) {
            s.append(s.length() == 0 ? "" : ", ").append("age up to ").append(maxAge);
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String label, java.util.Collection<String> values) {
        if (!values.isEmpty()) {
            s.append(s.length() == 0 ? "" : ", ")
                    .append(label)
                    .append(' ')
                    .append(String.join("/", List.copyOf(new java.util.TreeSet<>(values))));
        }
    }
}
