package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C1/R1: a community resolution needs enough evidence that an offence occurred. */
final class EvidenceRule extends ConfiguredRule<RuleSpec.Evidence> {

    EvidenceRule(RuleSpec.Evidence spec) {
        super(spec);
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        return a.facts().evidenceSufficient()
                ? pass("there is enough evidence that the offence occurred")
                : block("the evidence is not sufficient; a community resolution needs it");
    }
}
