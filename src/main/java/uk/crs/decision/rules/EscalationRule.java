package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/** R8-R10 and the like: kinds of case that need authorisation at a configured rank or above. */
final class EscalationRule extends ConfiguredRule<RuleSpec.Escalation> {
    private final RuleResult notMatched;
    private final RuleResult matched;

    EscalationRule(RuleSpec.Escalation spec) {
        super(spec);
        String criteria = spec.when().describe();
        Rank authority = spec.rank();
        this.notMatched = pass("the case does not need this authorisation");
        this.matched = authority == Rank.NONE
                ? warn("flagged for scrutiny: " + criteria)
                : escalate(authority, "needs " + authority + " authorisation or above: " + criteria);
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        return CaseMatcher.matches(spec.when(), a) ? matched : notMatched;
    }
}
