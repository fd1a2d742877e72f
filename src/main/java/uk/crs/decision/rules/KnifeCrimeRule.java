package uk.crs.decision.rules;

import java.util.Optional;
import uk.crs.decision.CaseFacts;
import uk.crs.decision.RuleResult;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.RuleSpec;

/**
 * NPCC Guidelines on the Investigation, Cautioning and Charging of Knife Crime Offences (as summarised by YJLC): adults
 * and 16-17-year-olds are charged; under 16 a youth conditional caution is the starting point and an informal disposal
 * only truly exceptional; any age is charged with a history of violence, a previous knife or weapon disposal, or an
 * offence beyond simple possession. A sale offence is not a possession offence.
 */
final class KnifeCrimeRule extends ConfiguredRule<RuleSpec.KnifeCrime> {

    private final RuleResult noWeapon;

    KnifeCrimeRule(RuleSpec.KnifeCrime spec) {
        super(spec);
        this.noWeapon = pass("checked: no knife or weapon offence and no weapon in the circumstances");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        boolean weaponOffence = a.offence().has(OffenceFlag.WEAPON);
        boolean weaponUsed = a.facts().circumstances().weapon();
        if (a.offence().has(OffenceFlag.WEAPON_SALE)) {
            return pass(a.title() + " is a sale offence, not possession: the knife possession guidance does not apply");
        }
        if (!weaponOffence && !weaponUsed) {
            return noWeapon;
        }
        if (!weaponOffence || !a.offence().has(OffenceFlag.WEAPON_POSSESSION)) {
            return block("a knife or weapon in an offence beyond simple possession (" + a.title() + "): charge");
        }
        for (CaseFacts.PriorDisposal prior : a.facts().offender().history()) {
            Optional<Offence> before = a.catalogue().apply(prior.offenceCode());
            if (before.isPresent() && before.get().has(OffenceFlag.WEAPON)) {
                return block("a previous disposal for a knife or weapon offence ("
                        + before.get().description() + ", " + prior.date() + "): charge, whatever the age");
            }
            if (before.isPresent() && before.get().has(OffenceFlag.VIOLENCE)) {
                return block("a history of violence (" + before.get().description() + ", " + prior.date()
                        + "): charge, whatever the age");
            }
        }
        int age = a.facts().offender().age();
        if (age >= 16) {
            return block("simple possession at " + age + ": adults and 16-17-year-olds are expected to be charged");
        }
        return escalate(
                spec.under16Rank(),
                "simple possession at " + age + ", no violence or weapon history: a youth conditional caution is the"
                        + " starting point; a community resolution only if truly exceptional");
    }
}
