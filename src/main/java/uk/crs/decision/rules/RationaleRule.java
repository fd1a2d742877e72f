package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C7/R13: the officer's rationale must be recorded. */
final class RationaleRule implements Rule {

    private final RuleSpec.Rationale spec;

    RationaleRule(RuleSpec.Rationale spec) {
        this.spec = spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        int length = a.facts().rationale().strip().length();
        if (length == 0) {
            return RuleResult.block(id(), spec.clause(), "no rationale is recorded");
        }
        return length >= spec.minimumLength()
                ? RuleResult.pass(id(), spec.clause(), "a rationale is recorded")
                : RuleResult.block(
                        id(),
                        spec.clause(),
                        "the rationale is " + length + " characters; this policy needs at least "
                                + spec.minimumLength());
    }
}
