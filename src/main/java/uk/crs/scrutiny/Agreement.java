package uk.crs.scrutiny;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How far panel members agree on nominal verdicts: raw agreement and three chance-corrected coefficients. A
 * coefficient that cannot be computed from the data is null, with the reason in {@link #notes()}.
 *
 * <p>Definitions (verified against the published worked examples cited in {@code AgreementTest}):
 *
 * <ul>
 *   <li>raw agreement: the mean, over cases rated by two or more members, of the share of pairs of members who gave
 *       the same verdict (Gwet 2014, handbook section 2; Fleiss 1971's P-bar);
 *   <li>Fleiss' kappa (Fleiss 1971, Psychological Bulletin 76(5)): needs the same number of ratings on every case;
 *       chance agreement is the sum of squared overall category shares;
 *   <li>Krippendorff's alpha, nominal (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"): one minus
 *       observed over expected disagreement from the coincidence matrix; missing ratings allowed, cases with one
 *       rating ignored;
 *   <li>Gwet's AC1 (Gwet 2008, Br J Math Stat Psychol 61:29-48): chance agreement is
 *       {@code sum(pi_k (1 - pi_k)) / (q - 1)} over q categories, pi_k averaged over every rated case. Unlike kappa it
 *       stays high when nearly every verdict falls in one category and members agree.
 * </ul>
 */
public record Agreement(
        int cases,
        int members,
        @Nullable Double rawAgreement,
        @Nullable Double fleissKappa,
        @Nullable Double krippendorffAlpha,
        @Nullable Double gwetAc1,
        Map<String, String> notes) {

    public Agreement {
        notes = Map.copyOf(notes);
    }

    /** Computes every statistic from the ratings. */
    public static Agreement of(Ratings ratings) {
        List<int[]> rows = ratings.counts();
        int q = ratings.categories().size();
        Map<String, String> notes = new LinkedHashMap<>();
        List<int[]> pairable = rows.stream().filter(r -> total(r) >= 2).toList();

        Double raw = null;
        if (pairable.isEmpty()) {
            notes.put("rawAgreement", "no case was rated by two or more members");
        } else {
            raw = pairable.stream()
                    .mapToDouble(Agreement::pairAgreement)
                    .average()
                    .orElseThrow();
        }
        return new Agreement(
                ratings.cases(),
                ratings.members(),
                raw,
                fleiss(rows, raw, q, notes),
                krippendorff(pairable, q, notes),
                gwet(rows, raw, q, notes),
                notes);
    }

    private static int total(int[] row) {
        return Arrays.stream(row).sum();
    }

    private static double pairAgreement(int[] row) {
        int m = total(row);
        double agreeing = 0;
        for (int n : row) {
            agreeing += (double) n * (n - 1);
        }
        return agreeing / ((double) m * (m - 1));
    }

    private static @Nullable Double fleiss(List<int[]> rows, @Nullable Double raw, int q, Map<String, String> notes) {
        if (raw == null) {
            notes.put("fleissKappa", "no case was rated by two or more members");
            return null;
        }
        int min = rows.stream().mapToInt(Agreement::total).min().orElseThrow();
        int max = rows.stream().mapToInt(Agreement::total).max().orElseThrow();
        if (min != max) {
            notes.put(
                    "fleissKappa",
                    "Fleiss' kappa needs the same number of verdicts on every case; cases have between " + min + " and "
                            + max);
            return null;
        }
        double[] share = new double[q];
        double all = (double) rows.size() * min;
        for (int[] row : rows) {
            for (int k = 0; k < q; k++) {
                share[k] += row[k] / all;
            }
        }
        double chance = Arrays.stream(share).map(p -> p * p).sum();
        if (chance >= 1.0) {
            notes.put("fleissKappa", "every verdict is in one category, so chance agreement is 1 and kappa undefined");
            return null;
        }
        return (raw - chance) / (1 - chance);
    }

    private static @Nullable Double krippendorff(List<int[]> pairable, int q, Map<String, String> notes) {
        if (pairable.isEmpty()) {
            notes.put("krippendorffAlpha", "no case was rated by two or more members");
            return null;
        }
        double[] nc = new double[q];
        double observedDisagreement = 0; // sum over c != k of o_ck
        double n = 0;
        for (int[] row : pairable) {
            int m = total(row);
            double pairsOff = 0;
            for (int c = 0; c < q; c++) {
                nc[c] += row[c];
                pairsOff += (double) row[c] * (m - row[c]);
            }
            observedDisagreement += pairsOff / (m - 1);
            n += m;
        }
        double expectedPairsOff = 0;
        for (int c = 0; c < q; c++) {
            expectedPairsOff += nc[c] * (n - nc[c]);
        }
        if (expectedPairsOff == 0) {
            notes.put("krippendorffAlpha", "every verdict is in one category, so alpha is undefined");
            return null;
        }
        return 1 - (n - 1) * observedDisagreement / expectedPairsOff;
    }

    private static @Nullable Double gwet(List<int[]> rows, @Nullable Double raw, int q, Map<String, String> notes) {
        if (raw == null) {
            notes.put("gwetAc1", "no case was rated by two or more members");
            return null;
        }
        if (q < 2) {
            notes.put("gwetAc1", "AC1 needs at least two possible categories");
            return null;
        }
        double[] pi = new double[q];
        for (int[] row : rows) {
            int m = total(row);
            for (int k = 0; k < q; k++) {
                pi[k] += (double) row[k] / m / rows.size();
            }
        }
        double chance = Arrays.stream(pi).map(p -> p * (1 - p)).sum() / (q - 1);
        return (raw - chance) / (1 - chance);
    }
}
