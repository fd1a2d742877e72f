package uk.crs.decision.rules;

import uk.crs.decision.Authority;
import uk.crs.decision.RuleResult;
import uk.crs.policy.ModeOfTrial;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/** C4a/R7: indictable-only offences get no community resolution unless the policy names exceptional authorisation. */
final class IndictableOnlyRule implements Rule {

    private final RuleSpec.IndictableOnly spec;

    IndictableOnlyRule(RuleSpec.IndictableOnly spec) {
        this.spec = spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        ModeOfTrial mode = a.offence().modeOfTrial();
        String offence = a.offence().code() + " " + a.offence().description();
        if (mode != ModeOfTrial.INDICTABLE_ONLY) {
            return RuleResult.pass(id(), spec.clause(), offence + " is " + describe(mode));
        }
        Rank exceptional = spec.exceptionalAuthorisation();
        if (exceptional == null) {
            return RuleResult.block(
                    id(), spec.clause(), offence + " is indictable-only; this policy allows no exception");
        }
        Authority authority = Authority.of(exceptional);
        return RuleResult.escalate(
                id(),
                spec.clause(),
                authority,
                offence + " is indictable-only; only in exceptional circumstances, authorised by " + authority
                        + " or above");
    }

    private static String describe(ModeOfTrial mode) {
        return mode == ModeOfTrial.SUMMARY ? "summary-only" : "triable either way";
    }
}
