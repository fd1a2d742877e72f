package uk.crs.decision.rules;

import uk.crs.decision.Authority;
import uk.crs.decision.CaseFacts;
import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/**
 * C3a/C3b/R5: where the victim does not consent, a supervisor may authorise proceeding (national 2012 guidance), or
 * the force requires consent and the objection blocks.
 */
final class VictimConsentRule implements Rule {

    private final RuleSpec.VictimConsent spec;

    private final Authority authority;
    private final String overrideExplanation;

    VictimConsentRule(RuleSpec.VictimConsent spec) {
        this.spec = spec;
        this.authority = Authority.of(spec.overrideRank());
        this.overrideExplanation = "the victim does not consent; a "
                + authority.name().toLowerCase(java.util.Locale.ROOT)
                + " or above may authorise proceeding, with the reason recorded";
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        CaseFacts.Victim victim = a.facts().victim();
        if (!victim.identified()) {
            return RuleResult.pass(id(), spec.clause(), "there is no identified victim whose consent is needed");
        }
        if (victim.consents()) {
            return RuleResult.pass(id(), spec.clause(), "the victim consents");
        }
        if (spec.consentRequired()) {
            return RuleResult.block(
                    id(), spec.clause(), "the victim does not consent, and this policy requires the victim's consent");
        }
        return RuleResult.escalate(id(), spec.clause(), authority, overrideExplanation);
    }
}
