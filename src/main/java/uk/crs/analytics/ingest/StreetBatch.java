package uk.crs.analytics.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.crs.analytics.SqlScript;
import uk.crs.analytics.Timing;
import uk.crs.analytics.ingest.policeuk.StreetLoader;

/**
 * Loads a group of data.police.uk street files with one parallel DuckDB scan and one commit. Each file is still
 * loaded whole or not at all: a file with too many bad rows, or none, or a different download of the same vintage as
 * one already held for the same force and month, is left out of the group; if DuckDB cannot read any file of the group
 * (truncated, not CSV), the whole group is rolled back and the caller loads its files one by one, each in its own
 * transaction, which names the bad file. Line numbers for rejected rows come from a second, ordered read of just the
 * files that have rejects. For each force and month the file of the latest vintage is current ({@link Vintages}).
 */
final class StreetBatch {

    private static final String SCAN = SqlScript.load("street-batch-scan.sql");
    private static final String CHECK = StreetLoader.checkScript("street-batch.sql");
    private static final String VINTAGE = SqlScript.load("street-batch-vintage.sql");
    private static final String LOAD = SqlScript.load("street-batch-load.sql");
    private static final String REJECT_LINES = SqlScript.load("street-batch-reject-lines.sql");
    private static final String CSV = CsvReading.OPTIONS + ", columns = "
            + CsvReading.columns(new StreetLoader().stagingColumns(new Header(StreetLoader.HEADER)));

    private final Connection connection;
    private final double maxRejectRate;
    private final Timing timing;
    /** DuckDB's worker threads for the scan: its default, one per core. */
    private final long scanThreads;

    StreetBatch(Connection connection, double maxRejectRate, Timing timing) throws SQLException {
        this.connection = connection;
        this.maxRejectRate = maxRejectRate;
        this.timing = timing;
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT current_setting('threads')")) {
            r.next();
            this.scanThreads = Math.max(1, r.getLong(1));
        }
    }

    /** The results, or empty when the group could not be read and must be retried file by file. */
    Optional<List<FileResult>> load(List<PreparedFile> files, Instant now) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            register(files);
            if (!scan(files)) {
                return Optional.empty();
            }
            run(s, CHECK, "batch check");
            List<FileResult> results = judge(s, files);
            run(s, VINTAGE, "batch vintage");
            results = refuseConflicts(s, files, results);
            recordRefused(files, results);
            for (PreparedFile f : files) {
                if (results.get(files.indexOf(f)) instanceof FileResult.Loaded l && l.rejectedRows() > 0) {
                    run(s, bindFile(REJECT_LINES, f), "batch reject lines");
                }
            }
            run(
                    s,
                    LOAD.replace(
                            "${now}",
                            "TIMESTAMP "
                                    + SqlScript.literal(
                                            now.toString().replace('T', ' ').replace("Z", ""))),
                    "batch load");
            long t = timing.start();
            connection.commit();
            timing.add("batch commit", t);
            return Optional.of(withVintageOutcome(s, results, files));
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            try (Statement restore = connection.createStatement()) {
                restore.execute("SET threads = " + scanThreads);
            }
        }
    }

    /** batch_file(file, sha, name, ord, vintage): the group's files in order. */
    private void register(List<PreparedFile> files) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE batch_file"
                    + " (file VARCHAR, sha VARCHAR, name VARCHAR, ord INTEGER, vintage VARCHAR)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batch_file VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < files.size(); i++) {
                PreparedFile f = files.get(i);
                insert.setString(1, path(f));
                insert.setString(2, f.sha256());
                insert.setString(3, f.name());
                insert.setInt(4, i);
                insert.setString(5, f.vintageText());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The one parallel scan of the group's files into raw_cell; false when DuckDB cannot read some file. */
    private boolean scan(List<PreparedFile> files) throws SQLException {
        long t = timing.start();
        String list = files.stream().map(f -> SqlScript.literal(path(f))).collect(Collectors.joining(", ", "[", "]"));
        try (Statement s = connection.createStatement()) {
            s.execute("SET preserve_insertion_order = false");
            s.execute(SCAN.replace("${files}", list).replace("${csv}", CSV));
            return true;
        } catch (SQLException e) {
            connection.rollback();
            return false;
        } finally {
            // A failed statement is closed by the driver, so the setting is restored on a fresh one. The statements
            // after the scan work on thousands of cells, where a second worker thread costs more CPU than it saves
            // (2 million rows: 1.2 s of CPU in 6), and leaves the core to the hashing thread.
            try (Statement reset = connection.createStatement()) {
                reset.execute("SET preserve_insertion_order = true");
                reset.execute("SET threads = 1");
            }
            timing.add("batch: read_csv + count", t);
        }
    }

    /** Each file's verdict from its row counts: no data rows, too many rejected rows, or loadable. */
    private List<FileResult> judge(Statement s, List<PreparedFile> files) throws SQLException {
        Map<String, Map<String, Long>> reasons = reasons(s);
        Map<String, PreparedFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(path(f), f));
        List<FileResult> results = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT file, rows, rejected FROM file_stats ORDER BY ord")) {
            while (r.next()) {
                PreparedFile f = Objects.requireNonNull(byPath.get(r.getString(1)));
                long rows = r.getLong(2);
                long rejected = r.getLong(3);
                Map<String, Long> why = reasons.getOrDefault(path(f), Map.of());
                if (rows == 0) {
                    results.add(
                            new FileResult.Rejected(f.name(), f.name() + ": the file has a header but no data rows"));
                } else if (rejected > maxRejectRate * rows) {
                    results.add(new FileResult.Rejected(
                            f.name(),
                            String.format(
                                    "%s: %d of %d rows (%.2f%%) have problems, more than --max-reject-rate %.2f%%"
                                            + " allows; nothing loaded. Reasons: %s",
                                    f.name(), rejected, rows, 100.0 * rejected / rows, 100 * maxRejectRate, why)));
                } else {
                    results.add(new FileResult.Loaded(f.name(), FileKind.STREET, rows - rejected, why, 0));
                }
            }
        }
        recordRefused(files, results);
        return results;
    }

    /** Refuses files that are a different download of the same vintage as another for the same force and month. */
    private static List<FileResult> refuseConflicts(Statement s, List<PreparedFile> files, List<FileResult> results)
            throws SQLException {
        Map<String, String> why = new HashMap<>();
        try (ResultSet r = s.executeQuery("SELECT file, other, vintage, force_slug, month FROM conflict")) {
            while (r.next()) {
                why.put(
                        r.getString(1),
                        Vintages.conflict(r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
            }
        }
        List<FileResult> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String reason = why.get(path(files.get(i)));
            out.add(
                    reason == null
                            ? results.get(i)
                            : new FileResult.Rejected(files.get(i).name(), reason));
        }
        return out;
    }

    /** refused(file): the files left out of the group's load. */
    private void recordRefused(List<PreparedFile> files, List<FileResult> results) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM refused");
        }
        try (PreparedStatement refuse = connection.prepareStatement("INSERT INTO refused VALUES (?)")) {
            for (int i = 0; i < files.size(); i++) {
                if (results.get(i) instanceof FileResult.Rejected) {
                    refuse.setString(1, path(files.get(i)));
                    refuse.executeUpdate();
                }
            }
        }
    }

    /** The loaded files' results with the older downloads they replaced, or the newer one they lost to. */
    private static List<FileResult> withVintageOutcome(Statement s, List<FileResult> results, List<PreparedFile> files)
            throws SQLException {
        Map<String, Integer> replaced = new HashMap<>();
        try (ResultSet r = s.executeQuery("SELECT by_sha, count(*) FROM replaced GROUP BY by_sha")) {
            while (r.next()) {
                replaced.put(r.getString(1), r.getInt(2));
            }
        }
        Map<String, String> keptNewer = new HashMap<>();
        try (ResultSet r = s.executeQuery("SELECT l.sha, min(i.path) FROM lost l JOIN ingested_file i ON"
                + " i.sha256 = l.by_sha WHERE l.sha NOT IN (SELECT sha FROM accepted) GROUP BY l.sha")) {
            while (r.next()) {
                keptNewer.put(r.getString(1), r.getString(2));
            }
        }
        List<FileResult> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String sha = files.get(i).sha256();
            if (results.get(i) instanceof FileResult.Loaded l) {
                String newer = keptNewer.get(sha);
                out.add(
                        newer != null
                                ? new FileResult.Superseded(l.name(), l.kind(), newer)
                                : new FileResult.Loaded(
                                        l.name(), l.kind(), l.rows(), l.rejected(), replaced.getOrDefault(sha, 0)));
            } else {
                out.add(results.get(i));
            }
        }
        return out;
    }

    private static Map<String, Map<String, Long>> reasons(Statement s) throws SQLException {
        Map<String, Map<String, Long>> reasons = new HashMap<>();
        try (ResultSet r = s.executeQuery("SELECT file, reason, sum(n) FROM batch_checked WHERE reason IS NOT NULL"
                + " GROUP BY file, reason ORDER BY file, reason")) {
            while (r.next()) {
                reasons.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>())
                        .put(r.getString(2), r.getLong(3));
            }
        }
        return reasons;
    }

    private void run(Statement s, String script, String phase) throws SQLException {
        for (String sql : SqlScript.statements(script)) {
            long t = timing.start();
            s.execute(sql);
            String label = sql.strip().replaceAll("\\s+", " ");
            timing.add(phase + ": " + label.substring(0, Math.min(40, label.length())), t);
        }
    }

    private static String bindFile(String sql, PreparedFile f) {
        return sql.replace("${sha}", SqlScript.literal(f.sha256()))
                .replace("${name}", SqlScript.literal(f.name()))
                .replace("${file}", SqlScript.literal(path(f)))
                .replace("${csv}", CSV);
    }

    private static String path(PreparedFile f) {
        return f.readable().toAbsolutePath().toString();
    }
}
