package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.Matrix;
import uk.crs.policy.RuleSpec;

/** C6/R7: the final gravity score's band says whether a community resolution is allowed and who must authorise it. */
final class GravityRule extends ConfiguredRule<RuleSpec.Gravity> {

    GravityRule(RuleSpec.Gravity spec) {
        super(spec);
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        Matrix matrix = a.child() ? spec.child() : spec.adult();
        Matrix.Band band = matrix.band(a.gravity().score());
        String why = a.gravity().working() + " (" + band.meaning() + ")";
        switch (band.effect()) {
            case PERMIT:
                return pass(why);
            case WARN:
                return warn(why);
            case ESCALATE:
                return escalate(band.rank(), why);
            case BLOCK:
                return block(why);
        }
        throw new AssertionError(band);
    }
}
