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
    public static final List<String> HEADER =
            PoliceUkColumns.plus(PoliceUkColumns.HEADER, "Crime type", "Last outcome category", "Context");

    private static final List<String> STAGING =
            PoliceUkColumns.plus(PoliceUkColumns.STAGING, "crime_type", "last_outcome", "context");

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
        return STAGING;
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
    public java.util.Optional<String> vintagedTable() {
        return java.util.Optional.of("street_summary");
    }

    @Override
    public String checkedTable() {
        return "verdict";
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
