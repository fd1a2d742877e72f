package uk.crs.decision.rules;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.crs.decision.CaseFacts;
import uk.crs.policy.Circumstance;
import uk.crs.policy.Matrix;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceDefinition;
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
        return score(spec, facts, offence, null);
    }

    /**
     * @param definition the offence-level entry decided on; its starting scores are used when the policy says
     *     {@code startingScores: catalogue}
     */
    public static GravityScore score(
            RuleSpec.Gravity spec, CaseFacts facts, Offence offence, @Nullable OffenceDefinition definition) {
        Matrix matrix = facts.child() ? spec.child() : spec.adult();
        int start = spec.catalogueScores() && definition != null
                ? (facts.child() ? definition.gravityChild() : definition.gravityAdult())
                : startingScore(matrix, offence);
        int up = 0;
        int down = 0;
        StringBuilder factors = new StringBuilder();
        StringBuilder notScored = new StringBuilder();
        for (Circumstance c : CIRCUMSTANCES) {
            if (!facts.circumstances().has(c)) {
                continue;
            }
            Integer weight = spec.aggravating().get(c.key());
            if (weight != null && weight != 0) {
                if (spec.skipInherentFactors() && inherent(c, offence)) {
                    notScored.append(", ").append(c.key()).append(" (inherent in the offence)");
                    continue;
                }
                up += weight;
                factors.append(", +").append(weight).append(' ').append(c.key());
            }
        }
        for (String f : facts.aggravating()) {
            Integer listed = spec.aggravating().get(f);
            if (listed == null && spec.ignoreUnlistedFactors()) {
                notScored.append(", '").append(f).append("' (not a listed factor: recorded, not scored)");
                continue;
            }
            int weight = listed == null ? 1 : listed;
            up += weight;
            factors.append(", +").append(weight).append(' ').append(f);
        }
        for (String f : facts.mitigating()) {
            Integer listed = spec.mitigating().get(f);
            if (listed == null && spec.ignoreUnlistedFactors()) {
                notScored.append(", '").append(f).append("' (not a listed factor: recorded, not scored)");
                continue;
            }
            int weight = listed == null ? -1 : listed;
            down += weight;
            factors.append(", ").append(weight).append(' ').append(f);
        }
        if (notScored.length() > 0) {
            factors.append("; not scored: ").append(notScored.substring(2));
        }
        int movement = Math.max(-spec.maxMovement(), Math.min(spec.maxMovement(), up + down));
        int score = Math.max(1, Math.min(matrix.maxScore(), start + movement));
        String working = (facts.child() ? "child" : "adult") + " matrix: start " + start + " for "
                + (definition != null && spec.catalogueScores() ? definition.title() : offence.description()) + factors
                + "; movement " + movement + " (at most "
                + spec.maxMovement() + " either way); final " + score + " of " + matrix.maxScore();
        return new GravityScore(score, matrix.maxScore(), working);
    }

    /** A factor that is an element of the offence itself is not counted again (injury in an injury offence). */
    private static boolean inherent(Circumstance c, Offence offence) {
        return switch (c) {
            case INJURY, SERIOUS_INJURY -> offence.has(OffenceFlag.INJURY);
            case WEAPON -> offence.has(OffenceFlag.WEAPON);
            case HATE_AGGRAVATED -> offence.has(OffenceFlag.HATE);
            case CHILD_VICTIM -> offence.has(OffenceFlag.CHILD);
            case DOMESTIC_ABUSE, INTIMATE_PARTNER -> offence.has(OffenceFlag.INTIMATE_OR_FAMILY);
            default -> false;
        };
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
