package uk.crs.analytics.records;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.ReferenceCsv;
import uk.crs.analytics.SqlScript;

/** Creates the force records tables and this session's reference tables (crime types, outcome types). */
public final class RecordsSchema {

    /**
     * Home Office outcome types a force record may carry (domain/outcome-types.csv, plus 23, deferred prosecution
     * for children, which the Home Office added later; 0 "not yet assigned" is written as a blank outcome instead).
     */
    public static final List<String> OUTCOME_TYPES = List.of(
            "1", "1A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22", "23");

    private RecordsSchema() {}

    public static void prepare(AnalyticsStore store) throws SQLException {
        store.execute(SqlScript.load("records/schema.sql"));
        store.execute("CREATE OR REPLACE TEMP TABLE ref_crime_type (crime_type VARCHAR);"
                + "CREATE OR REPLACE TEMP TABLE ref_records_outcome (code VARCHAR)");
        try (PreparedStatement types = store.connection().prepareStatement("INSERT INTO ref_crime_type VALUES (?)");
                PreparedStatement outcomes =
                        store.connection().prepareStatement("INSERT INTO ref_records_outcome VALUES (?)")) {
            for (String type : crimeTypes()) {
                types.setString(1, type);
                types.addBatch();
            }
            types.executeBatch();
            for (String code : OUTCOME_TYPES) {
                outcomes.setString(1, code);
                outcomes.addBatch();
            }
            outcomes.executeBatch();
        }
    }

    /** data.police.uk crime types (2013 onwards), the categories a force extract uses. */
    public static List<String> crimeTypes() {
        return ReferenceCsv.rows("/analytics/records/crime-types.csv", r -> r.get("crime_type"));
    }
}
