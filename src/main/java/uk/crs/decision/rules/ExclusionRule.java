package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C8/R6 and other absolute exclusions: matching cases are never suitable for a community resolution. */
final class ExclusionRule extends ConfiguredRule<RuleSpec.Exclusion> {
    private final RuleResult excluded;
    private final RuleResult notExcluded;

    ExclusionRule(RuleSpec.Exclusion spec) {
        super(spec);
        this.excluded = block("excluded: the case matches " + spec.when().describe());
        this.notExcluded = pass("the case is not in this exclusion");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        return CaseMatcher.matches(spec.when(), a) ? excluded : notExcluded;
    }
}
