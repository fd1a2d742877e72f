package uk.crs.analytics.report;

import java.util.List;

/** Home Office counts for one offence code, with the guidance classes reserved for formal action it belongs to. */
public record OffenceLine(String code, String description, Counts counts, List<String> reservedClasses) {

    public OffenceLine {
        reservedClasses = List.copyOf(reservedClasses);
    }

    /** True when community resolutions were recorded for an offence that guidance reserves for formal action. */
    public boolean flagged() {
        return !reservedClasses.isEmpty() && counts.communityResolutions() > 0;
    }
}
