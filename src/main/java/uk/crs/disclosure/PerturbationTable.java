package uk.crs.disclosure;

/**
 * The p-table of the cell key method: for a cell's true count and its cell key (0 to 255), the whole number added to
 * the count. Each row gives, in 256ths, how often each perturbation from -2 to +2 is drawn; the cell key picks one, so
 * the same records always draw the same perturbation.
 *
 * <p>Source of the method: ONS, "Protecting personal data in Census 2021 results" and "Comparison of post-tabular
 * statistical disclosure control methods" (verified: record keys, cell key = sum of record keys, look-up of the
 * perturbation by cell value and cell key, same records same perturbation). ONS does not publish its own p-table; the
 * numbers below are this project's (placeholder, to be reviewed by the force's statistician): at most 2 either way,
 * unbiased from 3 upwards (mean 0, variance 0.69), about 31% of cells changed (ONS: about 14% of census cells, more
 * among small counts), a zero count stays zero (a cell with no records has no key) and a positive count is never
 * published as zero, so a published zero is a true zero.
 */
public final class PerturbationTable {

    /** The largest perturbation either way. */
    public static final int MAX_PERTURBATION = 2;

    /** Columns: perturbation -2, -1, 0, +1, +2; each row sums to 256. Rows: true count 1, 2, and 3 or more. */
    private static final int[][] WEIGHTS = {
        {0, 0, 200, 40, 16},
        {0, 44, 176, 28, 8},
        {8, 32, 176, 32, 8},
    };

    private PerturbationTable() {}

    /** What is added to {@code count} for a cell with this cell key (0 to 255). */
    public static int perturbation(long count, int cellKey) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative, found " + count);
        }
        if (cellKey < 0 || cellKey >= CellKeyPerturbation.KEYS) {
            throw new IllegalArgumentException("a cell key is 0 to 255, found " + cellKey);
        }
        if (count == 0) {
            return 0;
        }
        int[] row = WEIGHTS[(int) Math.min(count, WEIGHTS.length) - 1];
        int cumulative = 0;
        for (int i = 0; i < row.length; i++) {
            cumulative += row[i];
            if (cellKey < cumulative) {
                return i - MAX_PERTURBATION;
            }
        }
        throw new IllegalStateException("p-table row does not sum to 256");
    }

    /** How often (in 256ths) a true count is published with this perturbation: for tests and the methods text. */
    static int weight(long count, int perturbation) {
        if (count == 0) {
            return perturbation == 0 ? CellKeyPerturbation.KEYS : 0;
        }
        if (Math.abs(perturbation) > MAX_PERTURBATION) {
            return 0;
        }
        return WEIGHTS[(int) Math.min(count, WEIGHTS.length) - 1][perturbation + MAX_PERTURBATION];
    }
}
