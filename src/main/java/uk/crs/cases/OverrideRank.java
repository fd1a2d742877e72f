package uk.crs.cases;

import uk.crs.decision.Decision;
import uk.crs.decision.RuleResult;
import uk.crs.decision.Verdict;
import uk.crs.policy.Rank;

/**
 * The rank that may go ahead without the victim's consent: what the policy's victim rule escalated to, or SERGEANT
 * (the national default) when the victim consented at the time of the decision.
 */
final class OverrideRank {

    private OverrideRank() {}

    static Rank of(Decision decision) {
        return decision.rules().stream()
                .filter(r -> r.id().contains("victim") && r.result() == Verdict.ESCALATE)
                .map(RuleResult::authority)
                .reduce(Rank.SERGEANT, Rank::max);
    }
}
