package uk.crs.decision.rules;

import uk.crs.decision.CaseFacts;
import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C3/C3c/R4: an identified victim must be consulted and their views recorded before a community resolution. */
final class VictimConsultedRule extends ConfiguredRule<RuleSpec.VictimConsulted> {

    VictimConsultedRule(RuleSpec.VictimConsulted spec) {
        super(spec);
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        CaseFacts.Victim victim = a.facts().victim();
        if (!victim.identified()) {
            return pass("there is no identified victim to consult");
        }
        if (victim.consulted()) {
            return pass("the victim was consulted");
        }
        String why = "the identified victim was not consulted";
        return spec.blockWhenNotConsulted()
                ? block(why + "; consult them and record their views first")
                : warn(why + "; record why not");
    }
}
