package uk.crs.decision;

import static java.util.Objects.requireNonNull;

import uk.crs.policy.Rank;

/** What one policy rule found about a case, why, and which guidance clause it applies. */
public record RuleResult(String id, Verdict result, Rank authority, String explanation, String clause) {

    public RuleResult {
        requireNonNull(id, "id");
        requireNonNull(result, "result");
        requireNonNull(authority, "authority");
        if (result == Verdict.ESCALATE && authority == Rank.NONE) {
            throw new IllegalArgumentException("rule " + id + " escalates without naming an authority");
        }
        if (result != Verdict.ESCALATE && authority != Rank.NONE) {
            throw new IllegalArgumentException("rule " + id + " names authority " + authority + " but " + result);
        }
    }

    public static RuleResult pass(String id, String clause, String explanation) {
        return new RuleResult(id, Verdict.PASS, Rank.NONE, explanation, clause);
    }

    public static RuleResult block(String id, String clause, String explanation) {
        return new RuleResult(id, Verdict.BLOCK, Rank.NONE, explanation, clause);
    }

    public static RuleResult warn(String id, String clause, String explanation) {
        return new RuleResult(id, Verdict.WARN, Rank.NONE, explanation, clause);
    }

    public static RuleResult escalate(String id, String clause, Rank authority, String explanation) {
        return new RuleResult(id, Verdict.ESCALATE, authority, explanation, clause);
    }
}
