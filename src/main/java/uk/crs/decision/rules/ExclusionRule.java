package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C8/R6 and other absolute exclusions: matching cases are never suitable for a community resolution. */
final class ExclusionRule implements Rule {

    private final RuleSpec.Exclusion spec;
    private final String criteria;

    ExclusionRule(RuleSpec.Exclusion spec) {
        this.spec = spec;
        this.criteria = spec.when().describe();
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        return CaseMatcher.matches(spec.when(), a)
                ? RuleResult.block(id(), spec.clause(), "excluded: the case matches " + criteria)
                : RuleResult.pass(id(), spec.clause(), "the case is not in this exclusion");
    }
}
