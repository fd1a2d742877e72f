package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C2/R2: the offender must accept responsibility; without it consider Outcome 22, which needs no admission. */
final class ResponsibilityRule implements Rule {

    private final RuleSpec.Responsibility spec;

    ResponsibilityRule(RuleSpec.Responsibility spec) {
        this.spec = spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        return a.facts().offender().acceptsResponsibility()
                ? RuleResult.pass(id(), spec.clause(), "the offender accepts responsibility")
                : RuleResult.block(
                        id(),
                        spec.clause(),
                        "the offender does not accept responsibility; consider Outcome 22 (no admission needed)");
    }
}
