package uk.crs.analytics.report;

import java.util.Arrays;
import java.util.List;

/**
 * A funnel plot of proportions against a target, as in FunnelPlotR for proportions (Spiegelhalter 2005, 2012): on the
 * arcsine square-root scale y = asin(sqrt(p)) with standard error 1/(2 sqrt(n)), z-scores are winsorised at 10% at each
 * end, phi is their mean square, and the DerSimonian-Laird between-unit variance tau2 = max(0, (N phi - (N - 1)) /
 * (sum w - sum w^2 / sum w)), w = 1/s^2, widens the over-dispersion-adjusted limits sin^2(target +- z sqrt(s^2 +
 * tau2)).
 */
public record FunnelPlot(double target, double phi, double tau2) {

    /** The share of one unit: {@code x} of {@code n}. */
    public record Unit(long x, long n) {}

    /** The fraction winsorised at each end before phi is estimated. */
    public static final double WINSORISE = 0.1;

    /** Fits the plot to units (each with n > 0) around the target share. */
    public static FunnelPlot fit(double target, List<Unit> units) {
        if (units.isEmpty()) {
            return new FunnelPlot(target, Double.NaN, 0);
        }
        double t = Math.asin(Math.sqrt(target));
        double[] z = new double[units.size()];
        double sumW = 0;
        double sumW2 = 0;
        for (int i = 0; i < z.length; i++) {
            Unit u = units.get(i);
            double s = se(u.n());
            z[i] = (Math.asin(Math.sqrt((double) u.x() / u.n())) - t) / s;
            double w = 1 / (s * s);
            sumW += w;
            sumW2 += w * w;
        }
        double[] winsorised = winsorise(z, WINSORISE);
        double phi = Arrays.stream(winsorised).map(v -> v * v).sum() / z.length;
        int n = z.length;
        double denominator = sumW - sumW2 / sumW;
        double tau2 = n < 2 || denominator <= 0 ? 0 : Math.max(0, (n * phi - (n - 1)) / denominator);
        return new FunnelPlot(target, phi, tau2);
    }

    static double se(long n) {
        return 1 / (2 * Math.sqrt(n));
    }

    /** The standardised score of a unit; with {@code adjusted} it allows for over-dispersion (tau2). */
    public double z(Unit unit, boolean adjusted) {
        double s = se(unit.n());
        double spread = Math.sqrt(s * s + (adjusted ? tau2 : 0));
        return (Math.asin(Math.sqrt((double) unit.x() / unit.n())) - Math.asin(Math.sqrt(target))) / spread;
    }

    public FunnelPosition position(Unit unit, boolean adjusted) {
        return FunnelPosition.of(z(unit, adjusted));
    }

    /** The limit at denominator {@code n}, {@code z} standard errors from the target (negative for the lower). */
    public double limit(double n, double z, boolean adjusted) {
        double s = 1 / (2 * Math.sqrt(n));
        double y = Math.asin(Math.sqrt(target)) + z * Math.sqrt(s * s + (adjusted ? tau2 : 0));
        double clamped = Math.max(0, Math.min(Math.PI / 2, y));
        double sin = Math.sin(clamped);
        return sin * sin;
    }

    /** Replaces values below the {@code by} quantile with it, and above the 1-{@code by} quantile likewise (R type 7). */
    static double[] winsorise(double[] values, double by) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double low = quantile(sorted, by);
        double high = quantile(sorted, 1 - by);
        return Arrays.stream(values).map(v -> Math.min(high, Math.max(low, v))).toArray();
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
