package uk.crs.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differencing attacks of issue 13, computed independently of the production code, for any set of outputs built
 * from one table of non-negative "atoms" (for example force x month, or panel x year x verdict). Each published figure
 * is the sum of some atoms. The attacker knows the method (a published zero is a true zero; any other published p of
 * one atom comes from a true count in [max(1, p - 2), p + 2]; a figure over several atoms is within 2 per atom of the
 * truth) and which atoms each figure sums, but not the secret. Every publication bounds the sum of its atoms; bounds
 * are propagated through every such equation until they stop moving, which contains totals minus published cells, all
 * minus one, range minus range, and uses every published zero. Then each figure whose true value is 1 to 9 is checked:
 * pinned when its lower and upper bounds meet.
 *
 * <p>With {@code exact} the attacker reads every figure as the true count (the control: outputs without perturbation).
 */
public final class DifferencingAttack {

    /** An upper bound no sum of atoms reaches, small enough that sums of it never overflow. */
    private static final long INFINITY = 1L << 40;

    private final long[] truth;
    private final Map<String, Figure> figures = new LinkedHashMap<>();

    private record Figure(String label, int[] atoms, int cells, List<Long> published) {}

    private final long atomMax;

    /** An attack on outputs over atoms whose true counts are {@code truth}. */
    public DifferencingAttack(long[] truth) {
        this(truth, INFINITY);
    }

    /**
     * An attack by an attacker who also knows that no atom is more than {@code atomMax} (1 when the atoms are people
     * or records: a stronger attacker than the method alone makes).
     */
    public DifferencingAttack(long[] truth, long atomMax) {
        this.truth = truth.clone();
        this.atomMax = atomMax;
    }

    /** One published figure: its label (for messages), the atoms it sums (each atom one perturbed cell), its value. */
    public void published(String label, int[] atoms, long value) {
        published(label, atoms, value, atoms.length);
    }

    /**
     * One published figure that sums {@code cells} perturbed cells (one cell over many atoms, such as a cohort of
     * people, or many cells over one atom, such as a count summed over strata the attacker cannot see).
     */
    public void published(String label, int[] atoms, long value, int cells) {
        int[] sorted = atoms.clone();
        Arrays.sort(sorted);
        figures.computeIfAbsent(Arrays.toString(sorted), k -> new Figure(label, sorted, cells, new ArrayList<>()))
                .published()
                .add(value);
    }

    /** A figure the output withheld (threshold suppression): checked by the attack, though nothing bounds it directly. */
    public void withheld(String label, int[] atoms) {
        int[] sorted = atoms.clone();
        Arrays.sort(sorted);
        figures.computeIfAbsent(Arrays.toString(sorted), k -> new Figure(label, sorted, 0, new ArrayList<>()));
    }

    /** How many figures were published (distinct sets of atoms). */
    public int figures() {
        return figures.size();
    }

    /** What the attack found. */
    public record Result(int smallFigures, List<String> pinned) {}

    public Result run(boolean exact) {
        int n = truth.length;
        long[] lo = new long[n];
        long[] hi = new long[n];
        Arrays.fill(hi, atomMax);
        List<long[]> bounds = new ArrayList<>();
        List<Figure> list = new ArrayList<>(figures.values());
        for (Figure f : list) {
            long l = 0;
            long h = INFINITY;
            for (long v : f.published()) {
                long[] feasible = exact ? new long[] {v, v} : feasible(v, f.cells());
                l = Math.max(l, feasible[0]);
                h = Math.min(h, feasible[1]);
            }
            bounds.add(new long[] {l, h});
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int j = 0; j < list.size(); j++) {
                int[] atoms = list.get(j).atoms();
                long sumLo = 0;
                long sumHi = 0;
                for (int i : atoms) {
                    sumLo += lo[i];
                    sumHi += hi[i];
                }
                for (int i : atoms) {
                    long newLo = Math.max(lo[i], bounds.get(j)[0] - (sumHi - hi[i]));
                    long newHi = Math.min(hi[i], bounds.get(j)[1] - (sumLo - lo[i]));
                    if (newLo != lo[i] || newHi != hi[i]) {
                        lo[i] = newLo;
                        hi[i] = newHi;
                        moved = true;
                    }
                }
            }
        }
        int small = 0;
        List<String> pinned = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            Figure f = list.get(j);
            long trueValue = 0;
            long sumLo = 0;
            long sumHi = 0;
            for (int i : f.atoms()) {
                trueValue += truth[i];
                sumLo += lo[i];
                sumHi += hi[i];
            }
            if (trueValue < 1 || trueValue > 9) {
                continue;
            }
            small++;
            long l = Math.max(bounds.get(j)[0], sumLo);
            long h = Math.min(bounds.get(j)[1], sumHi);
            if (trueValue < l || trueValue > h) {
                throw new AssertionError("the truth " + trueValue + " of " + f.label() + " fell outside the attack's"
                        + " bounds [" + l + ", " + h + "]: the attack's model of the method is wrong");
            }
            if (l == h) {
                pinned.add(f.label() + " = " + trueValue);
            }
        }
        return new Result(small, pinned);
    }

    /**
     * The true counts a published value over {@code cells} perturbed cells can come from, from the method text alone:
     * one cell is its true count changed by at most 2, zero only from zero and never below 1 otherwise; a sum of
     * several cells is within 2 per cell of the truth (and a published zero, a sum of published zeros, is a true zero).
     */
    static long[] feasible(long published, int cells) {
        if (published == 0) {
            return new long[] {0, 0};
        }
        return cells == 1
                ? new long[] {Math.max(1, published - 2), published + 2}
                : new long[] {Math.max(0, published - 2L * cells), published + 2L * cells};
    }
}
