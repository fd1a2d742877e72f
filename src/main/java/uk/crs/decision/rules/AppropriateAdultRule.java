package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/** C2b/R3: a child's acceptance of responsibility must be taken with an appropriate adult present. */
final class AppropriateAdultRule implements Rule {

    private final RuleSpec.AppropriateAdult spec;

    AppropriateAdultRule(RuleSpec.AppropriateAdult spec) {
        this.spec = spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        int age = a.facts().offender().age();
        if (age >= spec.underAge()) {
            return RuleResult.pass(
                    id(), spec.clause(), "the offender is " + age + ", so no appropriate adult is needed");
        }
        return a.facts().offender().appropriateAdultPresent()
                ? RuleResult.pass(id(), spec.clause(), "an appropriate adult was present for the " + age + "-year-old")
                : RuleResult.block(
                        id(),
                        spec.clause(),
                        "the offender is " + age + " (under " + spec.underAge()
                                + ") and no appropriate adult was present when responsibility was accepted");
    }
}
