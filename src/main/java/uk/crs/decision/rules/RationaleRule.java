package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C7/R13: the officer's rationale must be recorded. */
final class RationaleRule extends ConfiguredRule<RuleSpec.Rationale> {

    RationaleRule(RuleSpec.Rationale spec) {
        super(spec);
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        int length = a.facts().rationale().strip().length();
        if (length == 0) {
            return block("no rationale is recorded");
        }
        return length >= spec.minimumLength()
                ? pass("a rationale is recorded")
                : block("the rationale is " + length + " characters; this policy needs at least "
                        + spec.minimumLength());
    }
}
