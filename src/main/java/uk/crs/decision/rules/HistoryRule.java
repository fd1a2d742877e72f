package uk.crs.decision.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.crs.decision.CaseFacts;
import uk.crs.decision.RuleResult;
import uk.crs.policy.Disposal;
import uk.crs.policy.Offence;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/**
 * C5/R11/R12: community resolutions are mainly for first-time offenders; history needs a supervisor's guidance (adults)
 * or YOS consultation (children), and similar or repeat offending within a period needs more senior authorisation.
 */
final class HistoryRule extends ConfiguredRule<RuleSpec.History> {

    private final RuleResult firstTime;

    HistoryRule(RuleSpec.History spec) {
        super(spec);
        this.firstTime = pass("no previous disposals: a first-time offender");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        List<CaseFacts.PriorDisposal> history = a.facts().offender().history();
        if (history.isEmpty()) {
            return firstTime;
        }
        Rank rank = a.child() ? spec.childAnyPrior() : spec.adultAnyPrior();
        List<String> reasons = new ArrayList<>();
        reasons.add(history.size() + " previous disposal(s)");
        LocalDate offenceDate = a.facts().offence().date();
        for (CaseFacts.PriorDisposal prior : history) {
            Rank byDisposal = spec.byDisposal().get(prior.disposal());
            if (byDisposal != null && byDisposal.compareTo(rank) > 0) {
                rank = byDisposal;
                reasons.add("a previous " + prior.disposal().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (within(prior.date(), offenceDate, spec.similarWithinMonths()) && similar(prior, a)) {
                rank = rank.max(spec.similarRank());
                reasons.add("a similar offence (" + prior.offenceCode() + ") within " + spec.similarWithinMonths()
                        + " months");
            }
            if (prior.disposal() == Disposal.COMMUNITY_RESOLUTION
                    && within(prior.date(), offenceDate, spec.repeatResolutionWithinMonths())) {
                rank = rank.max(spec.repeatResolutionRank());
                reasons.add("a community resolution within " + spec.repeatResolutionWithinMonths() + " months");
            }
        }
        String why = String.join("; ", reasons);
        if (rank == Rank.NONE) {
            String advice = a.child() ? "consult the youth offending service" : "seek a supervisor's guidance";
            return warn(why + "; " + advice);
        }
        return escalate(rank, why);
    }

    /** A prior counts when it is no more than {@code months} before the offence (or after it). */
    private static boolean within(LocalDate prior, LocalDate offence, int months) {
        return !prior.isBefore(offence.minusMonths(months));
    }

    /** Same offence code, or the same Home Office subgroup (or group, where the code has no subgroup). */
    private static boolean similar(CaseFacts.PriorDisposal prior, Assessment a) {
        Offence now = a.offence();
        if (prior.offenceCode().equalsIgnoreCase(now.code())) {
            return true;
        }
        Optional<Offence> before = a.catalogue().apply(prior.offenceCode());
        if (before.isEmpty()) {
            return false;
        }
        String nowKey = now.subgroup().isEmpty() ? now.group() : now.subgroup();
        String beforeKey = before.get().subgroup().isEmpty()
                ? before.get().group()
                : before.get().subgroup();
        return now.group().equals(before.get().group()) && nowKey.equals(beforeKey);
    }
}
