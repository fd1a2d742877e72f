package uk.crs.analytics.report;

import java.util.Locale;

/**
 * Which months a comparison across forces covers: COMMON (the default), only months loaded for every force with
 * outcome data in the requested period, so no force's figures pool years that another's lack; or ALL, every month
 * loaded, whatever each force covers.
 */
public enum PeriodMode {
    COMMON,
    ALL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named {@code common} or {@code all}. */
    public static PeriodMode of(String id) {
        for (PeriodMode m : values()) {
            if (m.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("--period must be common or all, found '" + id + "'");
    }
}
