package uk.crs.decision.rules;

import uk.crs.decision.Authority;
import uk.crs.decision.RuleResult;
import uk.crs.policy.Matrix;
import uk.crs.policy.RuleSpec;

/** C6/R7: the final gravity score's band says whether a community resolution is allowed and who must authorise it. */
final class GravityRule implements Rule {

    private final RuleSpec.Gravity spec;

    GravityRule(RuleSpec.Gravity spec) {
        this.spec = spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        Matrix matrix = a.child() ? spec.child() : spec.adult();
        Matrix.Band band = matrix.band(a.gravity().score());
        String why = a.gravity().working() + " (" + band.meaning() + ")";
        switch (band.effect()) {
            case PERMIT:
                return RuleResult.pass(id(), spec.clause(), why);
            case WARN:
                return RuleResult.warn(id(), spec.clause(), why);
            case ESCALATE:
                return RuleResult.escalate(id(), spec.clause(), Authority.of(band.rank()), why);
            case BLOCK:
                return RuleResult.block(id(), spec.clause(), why);
        }
        throw new AssertionError(band);
    }
}
