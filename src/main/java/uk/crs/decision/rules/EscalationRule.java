package uk.crs.decision.rules;

import uk.crs.decision.Authority;
import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** R8-R10 and the like: kinds of case that need authorisation at a configured rank or above. */
final class EscalationRule implements Rule {

    private final RuleSpec.Escalation spec;
    private final String criteria;

    EscalationRule(RuleSpec.Escalation spec) {
        this.spec = spec;
        this.criteria = spec.when().describe();
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        if (!CaseMatcher.matches(spec.when(), a)) {
            return RuleResult.pass(id(), spec.clause(), "the case does not need this authorisation");
        }
        Authority authority = Authority.of(spec.rank());
        return authority == Authority.NONE
                ? RuleResult.warn(id(), spec.clause(), "flagged for scrutiny: " + criteria)
                : RuleResult.escalate(
                        id(), spec.clause(), authority, "needs " + authority + " authorisation or above: " + criteria);
    }
}
