package uk.crs.analytics.report;

import org.jspecify.annotations.Nullable;

/** One row of a report table: counts for the nation, a force, a year, a crime type or a combination. */
public record Line(
        Table table, @Nullable String forceSlug, @Nullable Integer year, @Nullable String crimeType, Counts counts) {

    /** The report's tables. */
    public enum Table {
        NATIONAL,
        FORCE,
        YEAR,
        CRIME_TYPE,
        FORCE_YEAR,
        FORCE_CRIME_TYPE,
        OFFENCE
    }

    /** False for a force that published no outcomes: listed as "no outcome data", never as 0%. */
    public boolean outcomeData() {
        return counts.crimes() > 0;
    }
}
