package uk.crs.analytics;

import java.util.List;

/** A data.police.uk outcome label, and whether it counts as pending or as a community resolution (DESIGN.md §5). */
public record OutcomeCategory(String label, boolean pending, boolean communityResolution) {

    /** data.police.uk's label for a community resolution (Home Office outcome type 8). */
    public static final String LOCAL_RESOLUTION = "Local resolution";

    /** Home Office outcome types 0 to 22 (outcome-types.csv), with the 1A variant seen in the open data. */
    public static final List<String> HOME_OFFICE_TYPES = List.of(
            "0", "1", "1A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
            "18", "19", "20", "21", "22");

    private static final List<OutcomeCategory> ALL = load();

    public static List<OutcomeCategory> all() {
        return ALL;
    }

    private static List<OutcomeCategory> load() {
        return ReferenceCsv.rows(
                "/analytics/outcome-categories.csv",
                r -> new OutcomeCategory(
                        r.get("label"),
                        Boolean.parseBoolean(r.get("pending")),
                        Boolean.parseBoolean(r.get("community_resolution"))));
    }
}
