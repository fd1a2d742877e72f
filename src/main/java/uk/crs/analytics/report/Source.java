package uk.crs.analytics.report;

import java.util.Locale;

/** The data a report is drawn from. */
public enum Source {
    POLICE_UK("police-uk", "data.police.uk street files (last outcome category)"),
    HOME_OFFICE("home-office", "Home Office crime outcomes open-data tables (outcome type by offence code)"),
    COUNTS("counts", "aggregated count tables (data.police.uk outcome categories)");

    private final String id;
    private final String description;

    Source(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The source named {@code police-uk}, {@code home-office} or {@code counts}. */
    public static Source of(String id) {
        for (Source s : values()) {
            if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("--source must be police-uk, home-office or counts, found '" + id + "'");
    }
}
