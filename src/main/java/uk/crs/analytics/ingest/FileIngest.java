package uk.crs.analytics.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.crs.analytics.SqlScript;

/** Loads one prepared file in one DuckDB transaction: stage, check, refuse or replace-and-insert, record. */
final class FileIngest {

    /** The newer download that keeps a force-month: its sha256 and path. */
    private record Newer(String sha, String path) {}

    private static final String VINTAGE = SqlScript.load("file-vintage.sql");

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

    FileResult load(Loader loader, FileContext context, Instant now) throws SQLException, FileRejected {
        String name = context.file().name();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            stage(s, loader, context);
            long rows = scalar(s, "SELECT count(*) FROM staging");
            if (rows == 0) {
                throw new FileRejected(name + ": the file has a header but no data rows");
            }
            run(s, context.bind(loader.checkSql(context)));
            Map<String, Long> rejected = Rejects.byReason(s);
            long rejectedRows =
                    rejected.values().stream().mapToLong(Long::longValue).sum();
            Optional<String> tooMany = Rejects.tooMany(s, rows, rejected, maxRejectRate);
            if (tooMany.isPresent()) {
                throw new FileRejected(name + ": " + tooMany.get());
            }
            Optional<String> vintaged = loader.vintagedTable();
            int superseded = vintaged.isPresent()
                    ? applyVintage(s, loader, context, vintaged.get())
                    : supersedeOverlapped(s, loader, context);
            run(s, context.bind(loader.loadSql(context)));
            if (rejectedRows > 0) {
                run(
                        s,
                        context.bind("INSERT INTO reject SELECT ${sha}, ${path}, line, reason, value FROM checked"
                                + " WHERE reason IS NOT NULL"));
            }
            long loaded = vintaged.isPresent() ? rowsCurrent(s, loader) : rows - rejectedRows;
            Optional<Newer> newer = vintaged.isPresent() && loaded == 0 ? newerHolder(s) : Optional.empty();
            record(loader, context, text(s, loader.coverageSql()), loaded, rejectedRows, now, newer);
            connection.commit();
            return newer.isPresent()
                    ? new FileResult.Superseded(name, loader.kind(), newer.get().path())
                    : new FileResult.Loaded(name, loader.kind(), loaded, rejected, superseded);
        } catch (SQLException | FileRejected | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Later ingest wins (Home Office and count tables): marks the overlapped earlier files, returns how many. */
    private static int supersedeOverlapped(Statement s, Loader loader, FileContext context) throws SQLException {
        return s.executeUpdate(
                context.bind("UPDATE ingested_file SET superseded_by = ${sha} WHERE superseded_by IS NULL"
                        + " AND sha256 IN (" + loader.supersededSql() + ")"));
    }

    /**
     * Latest vintage wins (data.police.uk): refuses a different download of the same vintage, leaves out the
     * force-months held by a newer download, marks the older downloads it replaces and returns how many.
     */
    private static int applyVintage(Statement s, Loader loader, FileContext context, String table)
            throws SQLException, FileRejected {
        String vintage = context.file().vintageText();
        run(
                s,
                VINTAGE.replace("${table}", table)
                        .replace("${checked}", loader.checkedTable())
                        .replace("${vintage}", vintage == null ? "NULL" : SqlScript.literal(vintage)));
        try (ResultSet r = s.executeQuery("SELECT other, vintage, force_slug, month FROM conflict")) {
            if (r.next()) {
                throw new FileRejected(context.file().name() + ": "
                        + Vintages.conflict(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
            }
        }
        return s.executeUpdate(context.bind("UPDATE ingested_file SET superseded_by = ${sha} WHERE superseded_by IS"
                + " NULL AND sha256 IN (SELECT sha FROM holder WHERE vintage < (SELECT vintage FROM my_vintage))"));
    }

    private static long rowsCurrent(Statement s, Loader loader) throws SQLException {
        return scalar(
                s,
                "SELECT count(*) FROM checked k WHERE reason IS NULL AND EXISTS (SELECT 1 FROM coverage c"
                        + " WHERE c.force_slug = k.force_slug AND c.month = k.month)");
    }

    /** The newer file (sha, path) that keeps every force-month of this one, if any. */
    private static Optional<Newer> newerHolder(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT h.sha, h.name FROM holder h, my_vintage m WHERE h.vintage >"
                + " m.vintage AND (SELECT count(*) FROM file_cov) > 0 ORDER BY h.vintage DESC LIMIT 1")) {
            return r.next() ? Optional.of(new Newer(r.getString(1), r.getString(2))) : Optional.empty();
        }
    }

    private void record(
            Loader loader,
            FileContext context,
            String coverage,
            long loaded,
            long rejectedRows,
            Instant now,
            Optional<Newer> newer)
            throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO ingested_file VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, context.file().sha256());
            insert.setString(2, context.file().name());
            insert.setString(3, loader.kind().name());
            insert.setString(4, coverage);
            insert.setLong(5, loaded);
            insert.setLong(6, rejectedRows);
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setString(8, newer.map(Newer::sha).orElse(null));
            insert.setString(9, loader.vintagedTable().isPresent() ? vintageOf(context) : null);
            insert.executeUpdate();
        }
    }

    private @Nullable String vintageOf(FileContext context) throws SQLException {
        String given = context.file().vintageText();
        if (given != null) {
            return given;
        }
        try (Statement s = connection.createStatement()) {
            return text(s, "SELECT vintage FROM my_vintage");
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
            throw new FileRejected(
                    CsvFailure.describe(context.file().name(), context.file().readable(), e.getMessage()));
        }
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
}
