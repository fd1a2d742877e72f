package uk.crs.analytics.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rows a check script set aside in {@code checked} (a non-null {@code reason}): counted by reason, and the refusal
 * of a whole file when more of its rows are rejected than the run allows. Shared by every kind of file.
 */
public final class Rejects {

    private Rejects() {}

    /** Rejected rows of {@code checked}, counted by reason, in reason order. */
    public static Map<String, Long> byReason(Statement s) throws SQLException {
        Map<String, Long> rejected = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery(
                "SELECT reason, count(*) FROM checked WHERE reason IS NOT NULL GROUP BY reason ORDER BY reason")) {
            while (r.next()) {
                rejected.put(r.getString(1), r.getLong(2));
            }
        }
        return rejected;
    }

    /**
     * Why the file is refused when more than {@code maxRejectRate} of its {@code rows} are rejected, naming the
     * reasons and the first rejected lines; empty when the file may be loaded.
     */
    public static Optional<String> tooMany(Statement s, long rows, Map<String, Long> rejected, double maxRejectRate)
            throws SQLException {
        long rejectedRows =
                rejected.values().stream().mapToLong(Long::longValue).sum();
        if (rejectedRows <= maxRejectRate * rows) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "%d of %d rows (%.2f%%) have problems, more than --max-reject-rate %.2f%% allows; nothing loaded."
                        + " Reasons: %s; first: %s",
                rejectedRows,
                rows,
                100.0 * rejectedRows / rows,
                100 * maxRejectRate,
                rejected,
                first(s)));
    }

    /** The first three rejected rows: line, reason and value. */
    private static String first(Statement s) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (ResultSet r = s.executeQuery(
                "SELECT line, reason, value FROM checked WHERE reason IS NOT NULL ORDER BY line LIMIT 3")) {
            while (r.next()) {
                out.append(out.length() == 0 ? "" : ", ")
                        .append("line ")
                        .append(r.getLong(1))
                        .append(' ')
                        .append(r.getString(2))
                        .append(" '")
                        .append(r.getString(3))
                        .append('\'');
            }
        }
        return out.toString();
    }
}
