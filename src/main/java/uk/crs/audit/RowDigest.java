package uk.crs.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A digest of stored rows, for audit entries that vouch for a record's state: the entry about a change carries the
 * digest of the record as it stood after the change, and verification recomputes it from the tables.
 *
 * <p>Encoding (version 1): the tag {@code crs-rows-v1}; then for each part, in the order the caller adds them, its name
 * and its rows in the query's order; each row as its non-null columns sorted by name, each written as name and value
 * in the length-prefixed form of {@link ChainHash}. Values: timestamps as microseconds since 1970 (UTC), decimals
 * without trailing zeros, everything else as its text. Null columns are left out, so adding a nullable column to a
 * table leaves older digests valid. Only the digest is kept: personal data in the rows never reaches the log.
 */
public final class RowDigest {

    private final JdbcTemplate jdbc;
    private final StringBuilder canonical = new StringBuilder("crs-rows-v1");

    public RowDigest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the rows the query returns, under the part's name. */
    public RowDigest add(String part, String sql, Object... params) {
        field(part);
        StringBuilder rows = new StringBuilder();
        jdbc.query(
                sql,
                (ResultSet rs) -> {
                    rows.append(row(rs));
                },
                params);
        field(rows.toString());
        return this;
    }

    /** The SHA-256 of everything added, as 64 lower-case hex digits. */
    public String digest() {
        return ChainHash.sha256(canonical.toString());
    }

    private static String row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, String> columns = new TreeMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String value = text(rs.getObject(i), rs, i);
            if (value != null) {
                columns.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value);
            }
        }
        StringBuilder out = new StringBuilder("row");
        columns.forEach((name, value) -> {
            append(out, name);
            append(out, value);
        });
        StringBuilder framed = new StringBuilder();
        append(framed, out.toString());
        return framed.toString();
    }

    private static @Nullable String text(@Nullable Object value, ResultSet rs, int column) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp || value instanceof OffsetDateTime) {
            OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
            var instant = at.toInstant().truncatedTo(ChronoUnit.MICROS);
            return Long.toString(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000L);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return value.toString();
    }

    private void field(String value) {
        append(canonical, value);
    }

    private static void append(StringBuilder out, String value) {
        out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
}
