package uk.crs.analytics.report;

/** Where a force's share falls against the funnel limits around the national share. */
public enum FunnelPosition {
    ABOVE_998,
    ABOVE_95,
    WITHIN,
    BELOW_95,
    BELOW_998;

    /** The position of a standardised score. */
    public static FunnelPosition of(double z) {
        if (z > Interval.Z998) {
            return ABOVE_998;
        }
        if (z > Interval.Z95) {
            return ABOVE_95;
        }
        if (z < -Interval.Z998) {
            return BELOW_998;
        }
        if (z < -Interval.Z95) {
            return BELOW_95;
        }
        return WITHIN;
    }
}
