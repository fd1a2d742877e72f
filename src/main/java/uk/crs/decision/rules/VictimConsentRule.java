package uk.crs.decision.rules;

import uk.crs.decision.CaseFacts;
import uk.crs.decision.RuleResult;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/**
 * C3a/C3b/R5: where the victim does not consent, a supervisor may authorise proceeding (national 2012 guidance), or
 * the force requires consent and the objection blocks.
 */
final class VictimConsentRule extends ConfiguredRule<RuleSpec.VictimConsent> {

    private final Rank authority;
    private final String overrideExplanation;

    VictimConsentRule(RuleSpec.VictimConsent spec) {
        super(spec);
        this.authority = spec.overrideRank();
        this.overrideExplanation = "the victim does not consent; a "
                + authority.name().toLowerCase(java.util.Locale.ROOT)
                + " or above may authorise proceeding, with the reason recorded";
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        CaseFacts.Victim victim = a.facts().victim();
        if (!victim.identified()) {
            return pass("there is no identified victim whose consent is needed");
        }
        if (victim.consents()) {
            return pass("the victim consents");
        }
        if (spec.consentRequired()) {
            return block("the victim does not consent, and this policy requires the victim's consent");
        }
        return escalate(authority, overrideExplanation);
    }
}
