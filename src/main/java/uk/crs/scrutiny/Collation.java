package uk.crs.scrutiny;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Many panels' findings in one table with comparable rates: each panel's inappropriate rate with its Wilson 95%
 * interval, the pooled rate across panels, and each panel's place on a funnel plot against the pooled rate (limits
 * {@code p0 +/- z sqrt(p0 (1 - p0) / n)} at 95% and 99.8%; Spiegelhalter 2005, Statistics in Medicine 24:1185-1202;
 * derived, normal approximation). Suppressed findings are listed but take no part in the pooled rate or the funnel.
 */
public record Collation(List<Row> rows, @Nullable Double pooledRate, int pooledReviewed) {

    /** The 99.8% two-sided normal quantile, 3.090232306167813 (verified: Phi^-1(0.999)). */
    public static final double Z998 = 3.090232306167813;

    public Collation {
        rows = List.copyOf(rows);
    }

    /** Where a panel sits against the funnel's limits. */
    public enum Position {
        WITHIN_95,
        BETWEEN_95_AND_998_HIGH,
        BETWEEN_95_AND_998_LOW,
        ABOVE_998,
        BELOW_998,
        SUPPRESSED
    }

    /** One panel-year. */
    public record Row(
            String source,
            String panel,
            List<String> forces,
            int year,
            @Nullable Integer reviewed,
            @Nullable Integer inappropriate,
            @Nullable Double rate,
            @Nullable Interval interval,
            Position position) {}

    /** Collates findings; {@code sources} names where each came from (a file name), in the same order. */
    public static Collation of(List<String> sources, List<Findings> findings) {
        int reviewed = 0;
        int events = 0;
        for (Findings f : findings) {
            Integer n = f.counts().reviewed();
            Integer x = f.counts().inappropriate();
            if (n != null && x != null && n > 0) {
                reviewed += n;
                events += x;
            }
        }
        Double pooled = reviewed == 0 ? null : (double) events / reviewed;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Findings f = findings.get(i);
            Integer n = f.counts().reviewed();
            Integer x = f.counts().inappropriate();
            if (n == null || x == null || n == 0 || pooled == null) {
                rows.add(new Row(
                        sources.get(i), f.panel(), f.forces(), f.year(), n, x, null, null, Position.SUPPRESSED));
                continue;
            }
            Rate rate = new Rate(x, n);
            rows.add(new Row(
                    sources.get(i),
                    f.panel(),
                    f.forces(),
                    f.year(),
                    n,
                    x,
                    rate.proportion(),
                    rate.wilson95(),
                    position(rate.proportion(), n, pooled)));
        }
        return new Collation(rows, pooled, reviewed);
    }

    /** The funnel limit at {@code n} cases for quantile {@code z}, clipped to [0, 1]. */
    public static double limit(double pooled, int n, double z) {
        return Math.min(1, Math.max(0, pooled + z * Math.sqrt(pooled * (1 - pooled) / n)));
    }

    static Position position(double p, int n, double pooled) {
        if (p > limit(pooled, n, Z998)) {
            return Position.ABOVE_998;
        }
        if (p < limit(pooled, n, -Z998)) {
            return Position.BELOW_998;
        }
        if (p > limit(pooled, n, Interval.Z95)) {
            return Position.BETWEEN_95_AND_998_HIGH;
        }
        if (p < limit(pooled, n, -Interval.Z95)) {
            return Position.BETWEEN_95_AND_998_LOW;
        }
        return Position.WITHIN_95;
    }
}
