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
        PolicyRef policy,
        @Nullable String offenceTitle,
        List<String> warnings,
        List<Alternative> alternatives) {

    public Decision {
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
        alternatives = List.copyOf(alternatives);
    }

    public Decision(
            @Nullable String id,
            Outcome outcome,
            Rank requiredAuthority,
            int gravityScore,
            List<RuleResult> rules,
            PolicyRef policy) {
        this(id, outcome, requiredAuthority, gravityScore, rules, policy, null, List.of(), List.of());
    }

    /** Combines rule results: any BLOCK is NOT_PERMITTED, else any ESCALATE needs the highest authority. */
    public static Decision of(@Nullable String id, int gravityScore, List<RuleResult> rules, PolicyRef policy) {
        Combined c = Combined.of(rules);
        return new Decision(id, c.outcome(), c.authority(), gravityScore, rules, policy);
    }

    /** As {@link #of(String, int, List, PolicyRef)}, with the offence decided on, warnings and the alternatives. */
    static Decision of(
            CaseFacts facts,
            int gravityScore,
            List<RuleResult> rules,
            PolicyRef policy,
            String offenceTitle,
            List<String> warnings) {
        Combined c = Combined.of(rules);
        Outcome outcome = c.outcome();
        return new Decision(
                facts.id(),
                outcome,
                c.authority(),
                gravityScore,
                rules,
                policy,
                offenceTitle,
                warnings,
                Alternatives.of(facts, outcome, gravityScore, rules));
    }

    /** The outcome and the highest authority rule results add up to, in one pass over them. */
    private record Combined(Outcome outcome, Rank authority) {
        static Combined of(List<RuleResult> rules) {
            boolean blocked = false;
            Rank authority = Rank.NONE;
            for (RuleResult r : rules) {
                blocked |= r.result() == Verdict.BLOCK;
                authority = authority.max(r.authority());
            }
            Outcome outcome = blocked
                    ? Outcome.NOT_PERMITTED
                    : authority == Rank.NONE ? Outcome.PERMITTED : Outcome.AUTHORISATION_REQUIRED;
            return new Combined(outcome, authority);
        }
    }

    /** The ids of the rules that blocked, escalated or warned, in policy order. */
    public List<String> firedRuleIds() {
        return rules.stream()
                .filter(r -> r.result() != Verdict.PASS)
                .map(RuleResult::id)
                .toList();
    }
}
