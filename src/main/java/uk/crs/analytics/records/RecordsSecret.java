package uk.crs.analytics.records;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.disclosure.CellKeyPerturbation;

/**
 * The disclosure secret of an analytics store's force records: made once, at random, the first time an output needs
 * it, and kept in the store, so that every output built from the same records (the pages and the commands alike) gives
 * the same records the same record keys and so the same perturbation.
 */
public final class RecordsSecret {

    private RecordsSecret() {}

    /** The store's perturbation, making its secret first if it has none. */
    public static CellKeyPerturbation perturbation(AnalyticsStore store) {
        try (Statement s = store.connection().createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS records_disclosure_secret (id INTEGER PRIMARY KEY, secret BLOB NOT"
                    + " NULL)");
            try (PreparedStatement insert = store.connection()
                    .prepareStatement("INSERT INTO records_disclosure_secret VALUES (1, ?) ON CONFLICT DO NOTHING")) {
                insert.setBytes(1, CellKeyPerturbation.newSecret());
                insert.executeUpdate();
            }
            try (ResultSet r = s.executeQuery("SELECT secret FROM records_disclosure_secret WHERE id = 1")) {
                r.next();
                return CellKeyPerturbation.withSecret(r.getBytes(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the analytics store failed: " + e.getMessage(), e);
        }
    }
}
