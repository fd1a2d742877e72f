package uk.crs.policy;

import java.util.List;
import java.util.Map;

/**
 * One gravity matrix (adult 1-4 or child 1-5): starting scores by offence, and what each final score band permits.
 *
 * <p>A starting score is the offence code's own entry if there is one, otherwise the highest entry matching the
 * offence's subgroup, group or flags, otherwise {@code defaultScore}.
 */
public record Matrix(
        int maxScore,
        int defaultScore,
        Map<String, Integer> byGroup,
        Map<String, Integer> byFlag,
        Map<String, Integer> byCode,
        List<Band> bands) {

    public Matrix {
        byGroup = Map.copyOf(byGroup);
        byFlag = Map.copyOf(byFlag);
        byCode = Map.copyOf(byCode);
        bands = List.copyOf(bands);
    }

    /** The band for a final score; policy checking guarantees one band per score from 1 to {@code maxScore}. */
    public Band band(int score) {
        for (Band b : bands) {
            if (b.score() == score) {
                return b;
            }
        }
        throw new IllegalStateException("no band for gravity score " + score);
    }

    /** What a final score permits, and what the matrix says the score means. */
    public record Band(int score, Effect effect, Rank rank, String meaning) {}

    /** A band's effect; {@code ESCALATE} needs the band's rank. */
    public enum Effect {
        PERMIT,
        WARN,
        ESCALATE,
        BLOCK
    }
}
