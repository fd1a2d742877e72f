package uk.crs.scrutiny;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.crs.audit.AuditLog;

/**
 * Rivest's SHA-256 sampler (Rivest 2011, {@code sampler.py}, the reference sampler for election audits; verified
 * against the transcript in its documentation): the i-th pick, for i = 1, 2, ..., is SHA-256 of the UTF-8 text
 * {@code seed + "," + i} read as a big-endian unsigned integer, reduced modulo N and plus 1, giving a position in
 * 1..N. A position already drawn is skipped (sampling without replacement). Anyone with the seed and the manifest
 * can repeat the draw in a few lines of any language.
 */
public final class Sampler {

    private Sampler() {}

    /** One drawn position: the counter i whose hash produced it, and the 1-based position in the manifest. */
    public record Draw(int counter, int position) {}

    /**
     * Draws {@code size} distinct positions from 1..{@code population}, in the order drawn.
     *
     * @throws IllegalArgumentException when size exceeds the population or either is negative
     */
    public static List<Draw> draw(String seed, int population, int size) {
        if (population < 0 || size < 0 || size > population) {
            throw new IllegalArgumentException(
                    "cannot draw " + size + " distinct cases from " + population + " without replacement");
        }
        BigInteger n = BigInteger.valueOf(population);
        Set<Integer> seen = new LinkedHashSet<>();
        List<Draw> draws = new ArrayList<>(size);
        for (int counter = 1; draws.size() < size; counter++) {
            BigInteger hash = new BigInteger(AuditLog.digest(seed + "," + counter), 16);
            int position = hash.mod(n).intValueExact() + 1;
            if (seen.add(position)) {
                draws.add(new Draw(counter, position));
            }
        }
        return draws;
    }
}
