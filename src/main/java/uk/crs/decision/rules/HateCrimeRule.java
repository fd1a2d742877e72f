package uk.crs.decision.rules;

import java.time.LocalDate;
import java.util.Optional;
import uk.crs.decision.CaseFacts;
import uk.crs.decision.RuleResult;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/**
 * NPCC hate crime out-of-court guidance (force-local detail): previous hate-crime history makes a community resolution
 * inappropriate, and the offender must fully admit the offence including its hostility.
 */
final class HateCrimeRule extends ConfiguredRule<RuleSpec.HateCrime> {

    private final RuleResult notHate;
    private final RuleResult admitted;

    HateCrimeRule(RuleSpec.HateCrime spec) {
        super(spec);
        this.notHate = pass("checked: not a hate crime");
        Rank authority = spec.rank();
        String checked = "hate crime with a full admission and no previous hate-crime history in the last "
                + spec.historyWithinMonths() + " months";
        this.admitted = authority == Rank.NONE ? warn(checked) : escalate(authority, checked + "; needs authorisation");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        boolean hate = a.has(OffenceFlag.HATE) || a.facts().circumstances().hateAggravated();
        if (!hate) {
            return notHate;
        }
        LocalDate since = a.facts().offence().date().minusMonths(spec.historyWithinMonths());
        for (CaseFacts.PriorDisposal prior : a.facts().offender().history()) {
            Optional<Offence> before = a.catalogue().apply(prior.offenceCode());
            if (!prior.spent()
                    && !prior.date().isBefore(since)
                    && before.isPresent()
                    && before.get().has(OffenceFlag.HATE)) {
                return block(
                        "previous hate-crime history (" + before.get().description() + ", " + prior.date() + ", within "
                                + spec.historyWithinMonths() + " months): a community resolution is inappropriate");
            }
        }
        if (!a.facts().offender().fullAdmission()) {
            return block("a hate crime needs a full admission, including the hostility; none is recorded");
        }
        return admitted;
    }
}
