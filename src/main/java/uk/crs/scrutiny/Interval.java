package uk.crs.scrutiny;

/** A 95% confidence interval for a proportion, both ends between 0 and 1. */
public record Interval(double lower, double upper) {

    /** The two-sided 95% standard normal quantile, 1.959963984540054 (verified: Phi^-1(0.975)). */
    public static final double Z95 = 1.959963984540054;

    public Interval {
        if (!(0 <= lower && lower <= upper && upper <= 1)) {
            throw new IllegalArgumentException("not an interval within [0, 1]: " + lower + ", " + upper);
        }
    }

    /**
     * The Wilson score interval for {@code events} of {@code trials} (Wilson 1927; Newcombe 1998, Stat Med 17,
     * method 3), computed for a possibly fractional {@code trials}, as an effective sample size is.
     */
    public static Interval wilson(double proportion, double trials) {
        if (trials <= 0 || proportion < 0 || proportion > 1) {
            throw new IllegalArgumentException("a Wilson interval needs trials > 0 and a proportion in [0, 1]");
        }
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / trials;
        double centre = (proportion + z2 / (2 * trials)) / denominator;
        double half =
                Z95 * Math.sqrt(proportion * (1 - proportion) / trials + z2 / (4 * trials * trials)) / denominator;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
