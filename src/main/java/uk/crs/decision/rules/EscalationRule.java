package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/** R8-R10 and the like: kinds of case that need authorisation at a configured rank or above. */
final class EscalationRule extends ConfiguredRule<RuleSpec.Escalation> {
    private final String criteria;

    EscalationRule(RuleSpec.Escalation spec) {
        super(spec);
        this.criteria = spec.when().describe();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        if (!CaseMatcher.matches(spec.when(), a)) {
            return pass("the case does not need this authorisation");
        }
        Rank authority = spec.rank();
        return authority == Rank.NONE
                ? warn("flagged for scrutiny: " + criteria)
                : escalate(authority, "needs " + authority + " authorisation or above: " + criteria);
    }
}
