package uk.crs.analytics.ingest.policeuk;

import java.util.List;
import uk.crs.analytics.SqlScript;
import uk.crs.analytics.ingest.FileContext;
import uk.crs.analytics.ingest.FileKind;
import uk.crs.analytics.ingest.Header;
import uk.crs.analytics.ingest.Loader;

/** Loads a data.police.uk {@code YYYY-MM-<force>-outcomes.csv} file: outcome events by Crime ID. */
public final class OutcomesLoader implements Loader {

    /** The published column layout (DESIGN.md §5). */
    public static final List<String> HEADER = List.of(
            "Crime ID",
            "Month",
            "Reported by",
            "Falls within",
            "Longitude",
            "Latitude",
            "Location",
            "LSOA code",
            "LSOA name",
            "Outcome type");

    private static final String CHECK = SqlScript.load("outcomes-check.sql");
    private static final String LOAD = SqlScript.load("outcomes-load.sql");

    @Override
    public FileKind kind() {
        return FileKind.OUTCOMES;
    }

    @Override
    public List<String> stagingColumns(Header header) {
        return List.of(
                "crime_id",
                "month",
                "reported_by",
                "falls_within",
                "longitude",
                "latitude",
                "location",
                "lsoa_code",
                "lsoa_name",
                "outcome_type");
    }

    @Override
    public String checkSql(FileContext context) {
        return CHECK;
    }

    @Override
    public String supersededSql() {
        return "SELECT DISTINCT t.file_sha FROM outcome_event t JOIN (SELECT DISTINCT force_slug, month FROM checked"
                + " WHERE reason IS NULL) c ON t.force_slug = c.force_slug AND t.month = c.month";
    }

    @Override
    public String loadSql(FileContext context) {
        return LOAD;
    }

    @Override
    public String coverageSql() {
        return MonthCoverage.from("checked");
    }
}
