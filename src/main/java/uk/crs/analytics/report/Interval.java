package uk.crs.analytics.report;

/** A confidence interval for a proportion, as fractions. */
public record Interval(double low, double high) {

    /** The standard normal quantile for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    /** The standard normal quantile for a two-sided 99.8% interval. */
    public static final double Z998 = 3.090232306167813;

    /**
     * The Wilson score interval for {@code x} successes in {@code n} trials (Wilson 1927; Newcombe 1998, method 3),
     * which unlike the Wald interval stays inside [0, 1] and behaves for small counts and shares near 0.
     */
    public static Interval wilson(long x, long n, double z) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException(
                    "Wilson interval needs 0 <= x <= n and n > 0, found x=" + x + ", n=" + n);
        }
        double p = (double) x / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
