package uk.crs.decision.rules;

import uk.crs.decision.CaseFacts;
import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C3/C3c/R4: an identified victim must be consulted and their views recorded before a community resolution. */
final class VictimConsultedRule extends ConfiguredRule<RuleSpec.VictimConsulted> {

    private final RuleResult noVictim;
    private final RuleResult consulted;
    private final RuleResult notConsulted;

    VictimConsultedRule(RuleSpec.VictimConsulted spec) {
        super(spec);
        this.noVictim = pass("there is no identified victim to consult");
        this.consulted = pass("the victim was consulted");
        String why = "the identified victim was not consulted";
        this.notConsulted = spec.blockWhenNotConsulted()
                ? block(why + "; consult them and record their views first")
                : warn(why + "; record why not");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        CaseFacts.Victim victim = a.facts().victim();
        if (!victim.identified()) {
            return noVictim;
        }
        return victim.consulted() ? consulted : notConsulted;
    }
}
