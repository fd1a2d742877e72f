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

    private final RuleResult noVictim;
    private final RuleResult consents;
    private final RuleResult noConsent;

    VictimConsentRule(RuleSpec.VictimConsent spec) {
        super(spec);
        Rank authority = spec.overrideRank();
        this.noVictim = pass("there is no identified victim whose consent is needed");
        this.consents = pass("the victim consents");
        this.noConsent = spec.consentRequired()
                ? block("the victim does not consent, and this policy requires the victim's consent")
                : escalate(
                        authority,
                        "the victim does not consent; a " + authority.name().toLowerCase(java.util.Locale.ROOT)
                                + " or above may authorise proceeding, with the reason recorded");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        CaseFacts.Victim victim = a.facts().victim();
        if (!victim.identified()) {
            return noVictim;
        }
        return victim.consents() ? consents : noConsent;
    }
}
