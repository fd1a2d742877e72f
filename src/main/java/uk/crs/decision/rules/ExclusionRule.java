package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C8/R6 and other absolute exclusions: matching cases are never suitable for a community resolution. */
final class ExclusionRule extends ConfiguredRule<RuleSpec.Exclusion> {
    private final String criteria;

    ExclusionRule(RuleSpec.Exclusion spec) {
        super(spec);
        this.criteria = spec.when().describe();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        return CaseMatcher.matches(spec.when(), a)
                ? block("excluded: the case matches " + criteria)
                : pass("the case is not in this exclusion");
    }
}
