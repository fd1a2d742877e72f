package uk.crs.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the analytics store holds: one entry per ingested file, current or superseded by a newer download. */
public final class LoadedFiles {

    /** One ingested file: its coverage is "force(s) first-month", its vintage YYYY-MM (null for non-vintaged kinds). */
    public record Entry(
            String path,
            String kind,
            String coverage,
            @Nullable String vintage,
            long rows,
            String sha256,
            @Nullable String supersededBy) {

        public boolean current() {
            return supersededBy == null;
        }
    }

    private LoadedFiles() {}

    /** Every file, in the order force coverage, then vintage. */
    public static List<Entry> of(AnalyticsStore store) {
        List<Entry> entries = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT path, kind, coverage, vintage, rows_loaded, sha256, superseded_by"
                        + " FROM ingested_file ORDER BY coverage, vintage, path")) {
            while (r.next()) {
                entries.add(new Entry(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getLong(5),
                        r.getString(6),
                        r.getString(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the analytics store: " + e.getMessage(), e);
        }
        return entries;
    }
}
