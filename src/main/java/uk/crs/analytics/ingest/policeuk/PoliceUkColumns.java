package uk.crs.analytics.ingest.policeuk;

import java.util.ArrayList;
import java.util.List;

/** The nine leading columns that data.police.uk street and outcomes files share, as published and as staged. */
final class PoliceUkColumns {

    static final List<String> HEADER = List.of(
            "Crime ID",
            "Month",
            "Reported by",
            "Falls within",
            "Longitude",
            "Latitude",
            "Location",
            "LSOA code",
            "LSOA name");

    static final List<String> STAGING = List.of(
            "crime_id",
            "month",
            "reported_by",
            "falls_within",
            "longitude",
            "latitude",
            "location",
            "lsoa_code",
            "lsoa_name");

    private PoliceUkColumns() {}

    /** The shared columns followed by a file kind's own. */
    static List<String> plus(List<String> shared, String... own) {
        List<String> all = new ArrayList<>(shared);
        all.addAll(List.of(own));
        return List.copyOf(all);
    }
}
