package uk.crs.analytics.report;

/** Where a force's share falls against the funnel limits around the national share. */
public enum FunnelPosition {
    ABOVE_998,
    ABOVE_95,
    WITHIN,
    BELOW_95,
    BELOW_998;

    /** The position in plain words, for readers of a report. */
    public String words() {
        return switch (this) {
            case ABOVE_998 -> "well above the national rate (outside the 99.8% limit)";
            case ABOVE_95 -> "above the national rate (outside the 95% limit)";
            case WITHIN -> "in line with the national rate";
            case BELOW_95 -> "below the national rate (outside the 95% limit)";
            case BELOW_998 -> "well below the national rate (outside the 99.8% limit)";
        };
    }

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
