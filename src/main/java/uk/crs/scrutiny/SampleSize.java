package uk.crs.scrutiny;

import java.util.OptionalInt;

/**
 * How many cases a panel must review for a rate whose 95% interval is no wider than plus or minus a stated margin:
 * {@code n0 = z^2 p (1 - p) / d^2}, reduced by the finite population correction {@code n0 / (1 + (n0 - 1) / N)}
 * (Cochran 1977, Sampling Techniques, 3rd ed., equations 4.2 and 4.3; derived, normal approximation). With no
 * expected rate, p = 0.5 gives the largest, safe, size.
 */
public final class SampleSize {

    private SampleSize() {}

    /** Cases needed for a margin {@code d} at expected rate {@code p}, drawn from {@code population} (if known). */
    public static int forMargin(double p, double d, OptionalInt population) {
        if (!(p > 0 && p < 1) || !(d > 0 && d < 1)) {
            throw new IllegalArgumentException(
                    "the expected rate and the margin must both be strictly between 0 and 1");
        }
        double n0 = Interval.Z95 * Interval.Z95 * p * (1 - p) / (d * d);
        if (population.isPresent()) {
            int big = population.getAsInt();
            if (big < 1) {
                throw new IllegalArgumentException("the population must hold at least one case");
            }
            n0 = n0 / (1 + (n0 - 1) / big);
        }
        // tolerate rounding noise so that an exact integer is not pushed up by one
        return (int) Math.ceil(n0 - 1e-9);
    }

    /** The plus-or-minus margin at 95% that {@code n} cases give at rate {@code p} (the normal approximation). */
    public static double marginFor(double p, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("at least one case is needed");
        }
        return Interval.Z95 * Math.sqrt(p * (1 - p) / n);
    }
}
