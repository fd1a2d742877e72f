package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C1/R1: a community resolution needs enough evidence that an offence occurred. */
final class EvidenceRule extends ConfiguredRule<RuleSpec.Evidence> {

    private final RuleResult sufficient;
    private final RuleResult insufficient;

    EvidenceRule(RuleSpec.Evidence spec) {
        super(spec);
        this.sufficient = pass("there is enough evidence that the offence occurred");
        this.insufficient = block("the evidence is not sufficient; a community resolution needs it");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        return a.facts().evidenceSufficient() ? sufficient : insufficient;
    }
}
