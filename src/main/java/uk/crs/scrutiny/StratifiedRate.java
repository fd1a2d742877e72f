package uk.crs.scrutiny;

import java.util.List;

/**
 * A rate re-weighted for over-sampled strata, so that a thematic stratum sampled heavily does not count for more
 * than its share of the eligible cases.
 *
 * <p>Method (derived; Cochran 1977, Sampling Techniques, section 5.3 for the estimate and its variance; Kish 1965
 * for the effective sample size): each stratum h has {@code N_h} eligible cases, {@code n_h} reviewed and {@code
 * x_h} events. The estimate is {@code sum W_h p_h} with {@code W_h = N_h / N}; its variance {@code sum W_h^2 (1 -
 * n_h / N_h) p_h (1 - p_h) / (n_h - 1)}. The interval is Wilson's on the effective sample size {@code p (1 - p) /
 * variance}, which keeps it inside [0, 1] for small samples (as Korn and Graubard 1998 do for survey proportions).
 * When the variance is zero (every stratum all or nothing) the effective size is the number reviewed.
 */
public record StratifiedRate(double estimate, Interval interval, double effectiveSampleSize) {

    /** One stratum: its eligible cases, the number reviewed and the events among them. */
    public record Stratum(String name, int eligible, int reviewed, int events) {
        public Stratum {
            if (reviewed < 1 || reviewed > eligible || events < 0 || events > reviewed) {
                throw new IllegalArgumentException("stratum " + name
                        + " needs 1 <= reviewed <= eligible and 0 <= events <= reviewed, found eligible " + eligible
                        + ", reviewed " + reviewed + ", events " + events);
            }
        }
    }

    /** Re-weights the strata to their share of the eligible cases. */
    public static StratifiedRate of(List<Stratum> strata) {
        if (strata.isEmpty()) {
            throw new IllegalArgumentException("a stratified rate needs at least one stratum");
        }
        double population = strata.stream().mapToDouble(Stratum::eligible).sum();
        int reviewed = strata.stream().mapToInt(Stratum::reviewed).sum();
        double estimate = 0;
        double variance = 0;
        for (Stratum s : strata) {
            double w = s.eligible() / population;
            double p = (double) s.events() / s.reviewed();
            estimate += w * p;
            if (s.reviewed() > 1) {
                double fpc = 1 - (double) s.reviewed() / s.eligible();
                variance += w * w * fpc * p * (1 - p) / (s.reviewed() - 1);
            }
        }
        estimate = Math.min(1, Math.max(0, estimate));
        double effective = variance > 0 ? estimate * (1 - estimate) / variance : reviewed;
        return new StratifiedRate(estimate, Interval.wilson(estimate, effective), effective);
    }
}
