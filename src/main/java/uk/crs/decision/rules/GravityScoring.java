package uk.crs.decision.rules;

import java.util.Map;
import uk.crs.decision.CaseFacts;
import uk.crs.policy.Circumstance;
import uk.crs.policy.Matrix;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.RuleSpec;

/**
 * C6 and fact sheet 3.1: the starting score from the adult or child matrix, moved by aggravating and mitigating
 * factors, at most {@code maxMovement} levels either way, and kept within 1..max.
 */
public final class GravityScoring {

    private static final Circumstance[] CIRCUMSTANCES = Circumstance.values();

    private GravityScoring() {}

    public static GravityScore score(RuleSpec.Gravity spec, CaseFacts facts, Offence offence) {
        Matrix matrix = facts.child() ? spec.child() : spec.adult();
        int start = startingScore(matrix, offence);
        int up = 0;
        int down = 0;
        StringBuilder factors = new StringBuilder();
        for (Circumstance c : CIRCUMSTANCES) {
            Integer weight = spec.aggravating().get(c.key());
            if (weight != null && weight != 0 && facts.circumstances().has(c)) {
                up += weight;
                factors.append(", +").append(weight).append(' ').append(c.key());
            }
        }
        for (String f : facts.aggravating()) {
            int weight = spec.aggravating().getOrDefault(f, 1);
            up += weight;
            factors.append(", +").append(weight).append(' ').append(f);
        }
        for (String f : facts.mitigating()) {
            int weight = spec.mitigating().getOrDefault(f, -1);
            down += weight;
            factors.append(", ").append(weight).append(' ').append(f);
        }
        int movement = Math.max(-spec.maxMovement(), Math.min(spec.maxMovement(), up + down));
        int score = Math.max(1, Math.min(matrix.maxScore(), start + movement));
        String working = (facts.child() ? "child" : "adult") + " matrix: start " + start + " for " + offence.code()
                + " " + offence.description() + factors + "; movement " + movement + " (at most "
                + spec.maxMovement() + " either way); final " + score + " of " + matrix.maxScore();
        return new GravityScore(score, matrix.maxScore(), working);
    }

    static int startingScore(Matrix matrix, Offence offence) {
        Integer byCode = matrix.byCode().get(offence.code());
        if (byCode != null) {
            return byCode;
        }
        int best = 0;
        best = Math.max(best, lookup(matrix.byGroup(), offence.group()));
        best = Math.max(best, lookup(matrix.byGroup(), offence.subgroup()));
        for (OffenceFlag f : offence.flags()) {
            best = Math.max(best, lookup(matrix.byFlag(), f.name()));
        }
        return best == 0 ? matrix.defaultScore() : best;
    }

    private static int lookup(Map<String, Integer> scores, String key) {
        return key.isEmpty() ? 0 : scores.getOrDefault(key, 0);
    }
}
