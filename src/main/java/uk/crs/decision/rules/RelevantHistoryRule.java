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
 * C5/R11/R12: only relevant history counts. Spent disposals (Rehabilitation of Offenders Act 1974) never count; a
 * prior counts when within the relevance window, with similar offences and repeat community resolutions asking more.
 * For a child, history means consulting the youth offending service rather than a more senior officer.
 */
final class RelevantHistoryRule extends ConfiguredRule<RuleSpec.RelevantHistory> {

    private final String noneRelevant;
    private final RuleResult clean;

    RelevantHistoryRule(RuleSpec.RelevantHistory spec) {
        super(spec);
        this.noneRelevant = "checked: no relevant history (no unspent disposal within " + spec.relevantWithinMonths()
                + " months, no similar offence within " + spec.similarWithinMonths() + " months)";
        this.clean = pass(noneRelevant);
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        List<CaseFacts.PriorDisposal> history = a.facts().offender().history();
        if (history.isEmpty()) {
            return clean;
        }
        LocalDate offenceDate = a.facts().offence().date();
        Rank rank = Rank.NONE;
        List<String> reasons = new ArrayList<>();
        int spent = 0;
        int old = 0;
        for (CaseFacts.PriorDisposal prior : history) {
            if (prior.spent()) {
                spent++;
                continue;
            }
            Optional<Offence> before = a.catalogue().apply(prior.offenceCode());
            String what = before.map(Offence::description).orElse("an offence") + " (" + prior.date() + ")";
            boolean similar = within(prior, offenceDate, spec.similarWithinMonths()) && similar(before, a.offence());
            boolean repeat = prior.disposal() == Disposal.COMMUNITY_RESOLUTION
                    && within(prior, offenceDate, spec.repeatWithinMonths());
            if (similar) {
                rank = rank.max(spec.similarRank());
                reasons.add("a similar offence within " + spec.similarWithinMonths() + " months: " + what);
            }
            if (repeat) {
                rank = rank.max(spec.repeatRank());
                reasons.add("a community resolution within " + spec.repeatWithinMonths() + " months: " + what);
            }
            if (!similar && !repeat) {
                if (within(prior, offenceDate, spec.relevantWithinMonths())) {
                    rank = rank.max(spec.adultRank());
                    reasons.add("a previous " + prior.disposal().name().toLowerCase(java.util.Locale.ROOT) + " for "
                            + what);
                } else {
                    old++;
                }
            }
        }
        String ignored = (spent > 0 ? "; " + spent + " spent disposal(s) not counted" : "")
                + (old > 0 ? "; " + old + " older than " + spec.relevantWithinMonths() + " months not counted" : "");
        if (reasons.isEmpty()) {
            return ignored.isEmpty() ? clean : pass(noneRelevant + ignored);
        }
        String why = String.join("; ", reasons) + ignored;
        if (a.child()) {
            return warn(why + ": consult the youth offending service");
        }
        return rank == Rank.NONE ? warn(why + ": seek a supervisor's guidance") : escalate(rank, why);
    }

    private static boolean within(CaseFacts.PriorDisposal prior, LocalDate offence, int months) {
        return !prior.date().isBefore(offence.minusMonths(months));
    }

    private static boolean similar(Optional<Offence> before, Offence now) {
        if (before.isEmpty()) {
            return false;
        }
        Offence b = before.get();
        if (b.code().equalsIgnoreCase(now.code())) {
            return true;
        }
        String nowKey = now.subgroup().isEmpty() ? now.group() : now.subgroup();
        String beforeKey = b.subgroup().isEmpty() ? b.group() : b.subgroup();
        return now.group().equals(b.group()) && nowKey.equals(beforeKey);
    }
}
