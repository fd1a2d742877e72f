package uk.crs.decision;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.crs.policy.Rank;

/**
 * The engine's answer for one case: the outcome, the authority it needs, the final gravity score, every rule's result
 * and the policy version used.
 *
 * <p>{@code requiredAuthority} is the highest authority any rule escalated to, even when another rule blocks, so that
 * a reader sees everything that stands in the way.
 */
public record Decision(
        @Nullable String id,
        Outcome outcome,
        Rank requiredAuthority,
        int gravityScore,
        List<RuleResult> rules,
        PolicyRef policy) {

    public Decision {
        rules = List.copyOf(rules);
    }

    /** Combines rule results: any BLOCK is NOT_PERMITTED, else any ESCALATE needs the highest authority. */
    public static Decision of(@Nullable String id, int gravityScore, List<RuleResult> rules, PolicyRef policy) {
        boolean blocked = false;
        Rank authority = Rank.NONE;
        for (RuleResult r : rules) {
            blocked |= r.result() == Verdict.BLOCK;
            authority = authority.max(r.authority());
        }
        Outcome outcome = blocked
                ? Outcome.NOT_PERMITTED
                : authority == Rank.NONE ? Outcome.PERMITTED : Outcome.AUTHORISATION_REQUIRED;
        return new Decision(id, outcome, authority, gravityScore, rules, policy);
    }

    /** The ids of the rules that blocked, escalated or warned, in policy order. */
    public List<String> firedRuleIds() {
        return rules.stream()
                .filter(r -> r.result() != Verdict.PASS)
                .map(RuleResult::id)
                .toList();
    }
}
