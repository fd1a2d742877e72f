package uk.crs.decision.rules;

import java.math.BigDecimal;
import uk.crs.decision.RuleResult;
import uk.crs.policy.OffenceDefinition;
import uk.crs.policy.RuleSpec;

/**
 * Magistrates' Courts Act 1980 s.22 and s.22A: above the catalogue's value threshold the offence is no longer the
 * low-value form (criminal damage over £5,000, shoplifting over £200); above the policy's low-value limit a supervisor
 * authorises.
 */
final class ValueRule extends ConfiguredRule<RuleSpec.ValueLimits> {

    private final BigDecimal limit;

    ValueRule(RuleSpec.ValueLimits spec) {
        super(spec);
        this.limit = BigDecimal.valueOf(spec.lowValueLimitGbp());
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        BigDecimal value = a.facts().offence().valueGbp();
        if (value == null) {
            return pass("no value is recorded for " + a.title());
        }
        OffenceDefinition d = a.definition();
        OffenceDefinition.ValueThreshold t = d == null ? null : d.valueThreshold();
        if (d != null && t != null && value.compareTo(t.maxGbp()) > 0) {
            return escalate(
                    spec.overThresholdRank(),
                    "£" + value.toPlainString() + " is over the £" + t.maxGbp().toPlainString() + " at which "
                            + d.title() + " is tried " + describe(t) + ": not the low-value form");
        }
        if (value.compareTo(limit) > 0) {
            return escalate(
                    spec.overLowValueRank(),
                    "£" + value.toPlainString() + " is over this policy's low-value limit of £" + limit);
        }
        return pass("checked: £" + value.toPlainString() + " is within this policy's low-value limit of £" + limit
                + (t == null ? "" : " and the £" + t.maxGbp().toPlainString() + " statutory threshold"));
    }

    private static String describe(OffenceDefinition.ValueThreshold t) {
        return switch (t.mode()) {
            case SUMMARY -> "summarily only";
            case EITHER_WAY -> "either way";
            case INDICTABLE_ONLY -> "on indictment only";
        };
    }
}
