package uk.crs.decision.rules;

import uk.crs.decision.CaseFacts;
import uk.crs.decision.RuleResult;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.RuleSpec;

/**
 * C8/R6: domestic abuse between intimate partners or ex-partners is excluded; the relationship makes it domestic abuse
 * whether or not the domestic-abuse box was ticked (Domestic Abuse Act 2021 s.1-2: abuse between personally connected
 * people aged 16 or over). Domestic abuse within a family, not between partners, escalates.
 */
final class DomesticAbuseRule extends ConfiguredRule<RuleSpec.DomesticAbuse> {

    private final RuleResult notDomestic;

    DomesticAbuseRule(RuleSpec.DomesticAbuse spec) {
        super(spec);
        this.notDomestic = pass("checked: the parties are not intimate partners and no domestic abuse is recorded");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        CaseFacts.Circumstances c = a.facts().circumstances();
        if (c.intimatePartner()) {
            String inferred = c.domesticAbuse()
                    ? "domestic abuse between intimate partners or ex-partners"
                    : "the parties are intimate partners or ex-partners, so this is domestic abuse"
                            + " (inferred: the domestic-abuse box was not ticked)";
            return block(inferred + ": excluded from community resolution");
        }
        if (c.domesticAbuse() || a.has(OffenceFlag.INTIMATE_OR_FAMILY)) {
            String why = c.domesticAbuse()
                    ? "domestic abuse within a family, not between partners"
                    : a.title() + " is committed only between personally connected people: domestic abuse within a"
                            + " family, as the parties are not recorded as partners";
            return escalate(spec.familyRank(), why);
        }
        return notDomestic;
    }
}
