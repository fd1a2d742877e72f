package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C2b/R3: a child's acceptance of responsibility must be taken with an appropriate adult present. */
final class AppropriateAdultRule extends ConfiguredRule<RuleSpec.AppropriateAdult> {

    AppropriateAdultRule(RuleSpec.AppropriateAdult spec) {
        super(spec);
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        int age = a.facts().offender().age();
        if (age >= spec.underAge()) {
            return pass("the offender is " + age + ", so no appropriate adult is needed");
        }
        return a.facts().offender().appropriateAdultPresent()
                ? pass("an appropriate adult was present for the " + age + "-year-old")
                : block("the offender is " + age + " (under " + spec.underAge()
                        + ") and no appropriate adult was present when responsibility was accepted");
    }
}
