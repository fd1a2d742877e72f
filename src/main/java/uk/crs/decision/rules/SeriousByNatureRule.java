package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.OffenceDefinition;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.RuleSpec;

/**
 * NPCC June 2019 statement and C4: offences serious by nature (causing death, slavery or trafficking, a life maximum)
 * are not "less serious" offences and get no community resolution.
 */
final class SeriousByNatureRule extends ConfiguredRule<RuleSpec.SeriousByNature> {

    SeriousByNatureRule(RuleSpec.SeriousByNature spec) {
        super(spec);
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        OffenceDefinition d = a.definition();
        if (a.has(OffenceFlag.CAUSES_DEATH)) {
            return block(a.title() + " causes a death: serious by nature, not for a community resolution");
        }
        if (a.has(OffenceFlag.SLAVERY)) {
            return block(a.title() + " is a slavery or trafficking offence: serious by nature");
        }
        if (d != null && d.lifeMaximum()) {
            return block(a.title() + " carries a maximum of life imprisonment (" + d.citation() + ")");
        }
        return pass("checked: " + a.title() + " does not cause death, is not slavery or trafficking, and its maximum"
                + " is " + (d == null ? "not life (per its class)" : d.maxPenalty()));
    }
}
