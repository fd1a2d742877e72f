package uk.crs.decision.rules;

import uk.crs.decision.CaseFacts;
import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C3/C3c/R4: an identified victim must be consulted and their views recorded before a community resolution. */
final class VictimConsultedRule implements Rule {

    private final RuleSpec.VictimConsulted spec;

    VictimConsultedRule(RuleSpec.VictimConsulted spec) {
        this.spec = spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        CaseFacts.Victim victim = a.facts().victim();
        if (!victim.identified()) {
            return RuleResult.pass(id(), spec.clause(), "there is no identified victim to consult");
        }
        if (victim.consulted()) {
            return RuleResult.pass(id(), spec.clause(), "the victim was consulted");
        }
        String why = "the identified victim was not consulted";
        return spec.blockWhenNotConsulted()
                ? RuleResult.block(id(), spec.clause(), why + "; consult them and record their views first")
                : RuleResult.warn(id(), spec.clause(), why + "; record why not");
    }
}
