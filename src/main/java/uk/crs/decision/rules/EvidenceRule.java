package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C1/R1: a community resolution needs enough evidence that an offence occurred. */
final class EvidenceRule implements Rule {

    private final RuleSpec.Evidence spec;

    EvidenceRule(RuleSpec.Evidence spec) {
        this.spec = spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        return a.facts().evidenceSufficient()
                ? RuleResult.pass(id(), spec.clause(), "there is enough evidence that the offence occurred")
                : RuleResult.block(
                        id(), spec.clause(), "the evidence is not sufficient; a community resolution needs it");
    }
}
