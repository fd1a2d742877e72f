package uk.crs.analytics.ingest.policeuk;

import java.util.List;
import uk.crs.analytics.SqlScript;
import uk.crs.analytics.ingest.FileContext;
import uk.crs.analytics.ingest.FileKind;
import uk.crs.analytics.ingest.Header;
import uk.crs.analytics.ingest.Loader;

/** Loads a data.police.uk {@code YYYY-MM-<force>-street.csv} file: crimes with their last outcome. */
public final class StreetLoader implements Loader {

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
            "Crime type",
            "Last outcome category",
            "Context");

    private static final String CHECK = checkScript("street-check.sql");
    private static final String LOAD = SqlScript.load("street-load.sql");

    /** A street check script with the key checks shared by single files and batches in its {@code ${verdict}} line. */
    public static String checkScript(String name) {
        return SqlScript.load(name).replace("${verdict}", SqlScript.load("street-verdict.sql"));
    }

    @Override
    public FileKind kind() {
        return FileKind.STREET;
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
                "crime_type",
                "last_outcome",
                "context");
    }

    @Override
    public String stagingProjection() {
        return "crime_id, month, reported_by, crime_type, last_outcome";
    }

    @Override
    public String checkSql(FileContext context) {
        return CHECK;
    }

    @Override
    public String supersededSql() {
        return "SELECT DISTINCT t.file_sha FROM street_summary t JOIN (SELECT DISTINCT force_slug, month FROM verdict"
                + " WHERE reason IS NULL) c ON t.force_slug = c.force_slug AND t.month = c.month";
    }

    @Override
    public String loadSql(FileContext context) {
        return LOAD;
    }

    @Override
    public String coverageSql() {
        return MonthCoverage.from("verdict");
    }
}
