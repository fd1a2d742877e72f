package uk.crs.decision.rules;

import uk.crs.decision.RuleResult;
import uk.crs.policy.Matrix;
import uk.crs.policy.RuleSpec;

/** C6/R7: the final gravity score's band says whether a community resolution is allowed and who must authorise it. */
final class GravityRule extends ConfiguredRule<RuleSpec.Gravity> {

    // each matrix's bands indexed by score, looked up once here rather than searched per decision
    private final Matrix.Band[] adult;
    private final Matrix.Band[] child;

    GravityRule(RuleSpec.Gravity spec) {
        super(spec);
        this.adult = byScore(spec.adult());
        this.child = byScore(spec.child());
    }

    private static Matrix.Band[] byScore(Matrix matrix) {
        Matrix.Band[] bands = new Matrix.Band[matrix.maxScore() + 1];
        for (int score = 1; score <= matrix.maxScore(); score++) {
            bands[score] = matrix.band(score);
        }
        return bands;
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        Matrix.Band[] bands = a.child() ? child : adult;
        int score = a.gravity().score();
        Matrix matrix = a.child() ? spec.child() : spec.adult();
        Matrix.Band band = score >= 1 && score < bands.length ? bands[score] : matrix.band(score);
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
