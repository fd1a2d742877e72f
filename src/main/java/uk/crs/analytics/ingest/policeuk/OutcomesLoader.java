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
    public static final List<String> HEADER = PoliceUkColumns.plus(PoliceUkColumns.HEADER, "Outcome type");

    private static final List<String> STAGING = PoliceUkColumns.plus(PoliceUkColumns.STAGING, "outcome_type");

    private static final String CHECK = SqlScript.load("outcomes-check.sql");
    private static final String LOAD = SqlScript.load("outcomes-load.sql");

    @Override
    public FileKind kind() {
        return FileKind.OUTCOMES;
    }

    @Override
    public List<String> stagingColumns(Header header) {
        return STAGING;
    }

    @Override
    public String checkSql(FileContext context) {
        return CHECK;
    }

    @Override
    public java.util.Optional<String> vintagedTable() {
        return java.util.Optional.of("outcome_event");
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
