package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.ModeOfTrial;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/** C4a/R7: indictable-only offences get no community resolution unless the policy names exceptional authorisation. */
final class IndictableOnlyRule extends ConfiguredRule<RuleSpec.IndictableOnly> {

    IndictableOnlyRule(RuleSpec.IndictableOnly spec) {
        super(spec);
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        ModeOfTrial mode = a.offence().modeOfTrial();
        String offence = a.offence().code() + " " + a.offence().description();
        if (mode != ModeOfTrial.INDICTABLE_ONLY) {
            return pass(offence + " is " + describe(mode));
        }
        Rank exceptional = spec.exceptionalAuthorisation();
        if (exceptional == null) {
            return block(offence + " is indictable-only; this policy allows no exception");
        }
        Rank authority = exceptional;
        return escalate(
                authority,
                offence + " is indictable-only; only in exceptional circumstances, authorised by " + authority
                        + " or above");
    }

    private static String describe(ModeOfTrial mode) {
        return mode == ModeOfTrial.SUMMARY ? "summary-only" : "triable either way";
    }
}
