package uk.crs.analytics.report;

import org.jspecify.annotations.Nullable;

/** A force's Wilson 95% interval for its share of assigned outcomes, and its funnel positions. */
public record ForceStats(
        @Nullable Interval ci95, @Nullable FunnelPosition funnel, @Nullable FunnelPosition funnelUnadjusted) {

    public static final ForceStats NONE = new ForceStats(null, null, null);
}
