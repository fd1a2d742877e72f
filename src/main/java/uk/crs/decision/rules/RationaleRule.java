package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C7/R13: the officer's rationale must be recorded. */
final class RationaleRule extends ConfiguredRule<RuleSpec.Rationale> {

    private final RuleResult none;
    private final RuleResult recorded;

    RationaleRule(RuleSpec.Rationale spec) {
        super(spec);
        this.none = block("no rationale is recorded");
        this.recorded = pass("a rationale is recorded");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        int length = a.facts().rationale().strip().length();
        if (length == 0) {
            return none;
        }
        return length >= spec.minimumLength()
                ? recorded
                : block("the rationale is " + length + " characters; this policy needs at least "
                        + spec.minimumLength());
    }
}
