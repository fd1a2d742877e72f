package uk.crs.policy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The result of reading one policy file: the policy, or every problem found in it (never both). */
public record PolicyReading(@Nullable Policy policy, List<PolicyProblem> problems) {

    public PolicyReading {
        problems = List.copyOf(problems);
        if ((policy == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a reading has either a policy or problems");
        }
    }
}
