package uk.crs.analytics.report;

import org.jspecify.annotations.Nullable;

/**
 * A force's Wilson 95% intervals, one for each share (share of assigned outcomes, share of crimes), and its funnel
 * positions (on the share of assigned outcomes).
 */
public record ForceStats(
        @Nullable Interval shareOfAssignedCi95,
        @Nullable Interval shareOfCrimesCi95,
        @Nullable FunnelPosition funnel,
        @Nullable FunnelPosition funnelUnadjusted) {

    public static final ForceStats NONE = new ForceStats(null, null, null, null);
}
