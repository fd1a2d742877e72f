package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C2b/R3: a child's acceptance of responsibility must be taken with an appropriate adult present. */
final class AppropriateAdultRule extends ConfiguredRule<RuleSpec.AppropriateAdult> {

    // the result for each age that needs no appropriate adult, up to the oldest age case facts accept
    private final RuleResult[] noneNeeded;

    AppropriateAdultRule(RuleSpec.AppropriateAdult spec) {
        super(spec);
        this.noneNeeded = new RuleResult[Math.max(0, 121 - spec.underAge())];
        for (int i = 0; i < noneNeeded.length; i++) {
            noneNeeded[i] = noneNeeded(spec.underAge() + i);
        }
    }

    private RuleResult noneNeeded(int age) {
        return pass("the offender is " + age + ", so no appropriate adult is needed");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        int age = a.facts().offender().age();
        if (age >= spec.underAge()) {
            int i = age - spec.underAge();
            return i < noneNeeded.length ? noneNeeded[i] : noneNeeded(age);
        }
        return a.facts().offender().appropriateAdultPresent()
                ? pass("an appropriate adult was present for the " + age + "-year-old")
                : block("the offender is " + age + " (under " + spec.underAge()
                        + ") and no appropriate adult was present when responsibility was accepted");
    }
}
