package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C2/R2: the offender must accept responsibility; without it consider Outcome 22, which needs no admission. */
final class ResponsibilityRule extends ConfiguredRule<RuleSpec.Responsibility> {

    private final RuleResult accepts;
    private final RuleResult denies;

    ResponsibilityRule(RuleSpec.Responsibility spec) {
        super(spec);
        this.accepts = pass("the offender accepts responsibility");
        this.denies = block("the offender does not accept responsibility; consider Outcome 22 (no admission needed)");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        return a.facts().offender().acceptsResponsibility() ? accepts : denies;
    }
}
