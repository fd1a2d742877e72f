package uk.crs.analytics.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.crs.analytics.SqlScript;

/** Loads one prepared file in one DuckDB transaction: stage, check, refuse or replace-and-insert, record. */
final class FileIngest {

    private final Connection connection;
    private final double maxRejectRate;

    FileIngest(Connection connection, double maxRejectRate) {
        this.connection = connection;
        this.maxRejectRate = maxRejectRate;
    }

    java.util.Set<String> loadedHashes() throws SQLException {
        java.util.Set<String> hashes = new java.util.HashSet<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT sha256 FROM ingested_file")) {
            while (r.next()) {
                hashes.add(r.getString(1));
            }
        }
        return hashes;
    }

    FileResult.Loaded load(Loader loader, FileContext context, Instant now) throws SQLException, FileRejected {
        String name = context.file().name();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            stage(s, loader, context);
            long rows = scalar(s, "SELECT count(*) FROM staging");
            if (rows == 0) {
                throw new FileRejected(name + ": the file has a header but no data rows");
            }
            run(s, context.bind(loader.checkSql(context)));
            Map<String, Long> rejected = rejectedByReason(s);
            long rejectedRows =
                    rejected.values().stream().mapToLong(Long::longValue).sum();
            if (rejectedRows > maxRejectRate * rows) {
                throw new FileRejected(String.format(
                        "%s: %d of %d rows (%.2f%%) have problems, more than --max-reject-rate %.2f%% allows; "
                                + "nothing loaded. Reasons: %s; first: %s",
                        name,
                        rejectedRows,
                        rows,
                        100.0 * rejectedRows / rows,
                        100 * maxRejectRate,
                        rejected,
                        firstRejects(s)));
            }
            // One statement marks the overlapped earlier files and counts them (the update count).
            int superseded = s.executeUpdate(
                    context.bind("UPDATE ingested_file SET superseded_by = ${sha} WHERE superseded_by IS NULL"
                            + " AND sha256 IN (" + loader.supersededSql() + ")"));
            run(s, context.bind(loader.loadSql(context)));
            if (rejectedRows > 0) {
                run(
                        s,
                        context.bind("INSERT INTO reject SELECT ${sha}, ${path}, line, reason, value FROM checked"
                                + " WHERE reason IS NOT NULL"));
            }
            String coverage = text(s, loader.coverageSql());
            try (var insert =
                    connection.prepareStatement("INSERT INTO ingested_file VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")) {
                insert.setString(1, context.file().sha256());
                insert.setString(2, name);
                insert.setString(3, loader.kind().name());
                insert.setString(4, coverage);
                insert.setLong(5, rows - rejectedRows);
                insert.setLong(6, rejectedRows);
                insert.setTimestamp(7, Timestamp.from(now));
                insert.executeUpdate();
            }
            connection.commit();
            return new FileResult.Loaded(name, loader.kind(), rows - rejectedRows, rejected, superseded);
        } catch (SQLException | FileRejected | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void stage(Statement s, Loader loader, FileContext context) throws FileRejected {
        String sql = "CREATE OR REPLACE TEMP TABLE staging AS SELECT row_number() OVER () + 1 AS line, "
                + loader.stagingProjection() + " FROM read_csv("
                + SqlScript.literal(context.file().readable().toAbsolutePath().toString()) + ", " + CsvReading.OPTIONS
                + ", columns = " + CsvReading.columns(loader.stagingColumns(context.header())) + ")";
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new FileRejected(context.file().name() + ": not a well-formed CSV file (truncated, or not CSV): "
                    + firstLine(e.getMessage()));
        }
    }

    private static Map<String, Long> rejectedByReason(Statement s) throws SQLException {
        Map<String, Long> rejected = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery(
                "SELECT reason, count(*) FROM checked WHERE reason IS NOT NULL" + " GROUP BY reason ORDER BY reason")) {
            while (r.next()) {
                rejected.put(r.getString(1), r.getLong(2));
            }
        }
        return rejected;
    }

    private static String firstRejects(Statement s) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (ResultSet r = s.executeQuery(
                "SELECT line, reason, value FROM checked WHERE reason IS NOT NULL" + " ORDER BY line LIMIT 3")) {
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

    private static void run(Statement s, String script) throws SQLException {
        for (String sql : SqlScript.statements(script)) {
            s.execute(sql);
        }
    }

    private static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            String value = r.getString(1);
            return value == null ? "" : value;
        }
    }

    private static String firstLine(@org.jspecify.annotations.Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.lines().filter(l -> !l.isBlank()).limit(3).collect(Collectors.joining(" "));
    }
}
