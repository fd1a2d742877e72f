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
import java.util.Optional;
import java.util.stream.Collectors;
import uk.crs.analytics.SqlScript;
import uk.crs.analytics.ingest.policeuk.StreetLoader;

/**
 * Loads a group of data.police.uk street files with one parallel DuckDB scan and one commit. Each file is still
 * loaded whole or not at all: a file with too many bad rows, or none, is left out of the group; if DuckDB cannot read
 * any file of the group (truncated, not CSV), the whole group is rolled back and the caller loads its files one by one,
 * each in its own transaction, which names the bad file. Line numbers for rejected rows come from a second, ordered
 * read of just the files that have rejects.
 */
final class StreetBatch {

    private static final String CHECK = StreetLoader.checkScript("street-batch.sql");
    private static final String LOAD = SqlScript.load("street-batch-load.sql");

    private final Connection connection;
    private final double maxRejectRate;

    StreetBatch(Connection connection, double maxRejectRate) {
        this.connection = connection;
        this.maxRejectRate = maxRejectRate;
    }

    /** The results, or empty when the group could not be read and must be retried file by file. */
    Optional<List<FileResult>> load(List<PreparedFile> files, Instant now) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE batch_file (file VARCHAR, sha VARCHAR, name VARCHAR, ord INTEGER)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batch_file VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < files.size(); i++) {
                    PreparedFile f = files.get(i);
                    insert.setString(1, path(f));
                    insert.setString(2, f.sha256());
                    insert.setString(3, f.name());
                    insert.setInt(4, i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            long t = uk.crs.analytics.Timing.start();
            try {
                s.execute("SET preserve_insertion_order = false");
                // One scan counts the rows of each raw cell and collects the crime keys of its rows: the single
                // pass over the CSV text is most of the cost of a batch.
                s.execute("CREATE OR REPLACE TEMP TABLE raw_cell AS SELECT *, hash(file, raw_month, reported_by,"
                        + " raw_type, raw_outcome) AS cell FROM (SELECT filename AS file,"
                        + " coalesce(month, '') AS raw_month, coalesce(reported_by, '') AS reported_by,"
                        + " coalesce(crime_type, '') AS raw_type, coalesce(last_outcome, '') AS raw_outcome,"
                        + " count(*) AS n, list(crime_key(crime_id)) FILTER (WHERE crime_id IS NOT NULL AND"
                        + " (length(crime_id) = 64 OR trim(crime_id) <> '')) AS crime_keys FROM read_csv("
                        + files.stream()
                                .map(f -> SqlScript.literal(path(f)))
                                .collect(Collectors.joining(", ", "[", "]"))
                        + ", filename = true, " + CsvReading.OPTIONS + ", columns = "
                        + CsvReading.columns(new StreetLoader().stagingColumns(new Header(StreetLoader.HEADER)))
                        + ") GROUP BY ALL)");
            } catch (SQLException e) {
                connection.rollback();
                return Optional.empty();
            } finally {
                // A failed statement is closed by the driver, so the setting is restored on a fresh one.
                try (Statement reset = connection.createStatement()) {
                    reset.execute("SET preserve_insertion_order = true");
                }
            }
            uk.crs.analytics.Timing.add("batch: read_csv + count", t);
            for (String sql : SqlScript.statements(CHECK)) {
                t = uk.crs.analytics.Timing.start();
                s.execute(sql);
                uk.crs.analytics.Timing.add("batch check: " + sql.strip().substring(0, 40), t);
            }
            List<FileResult> results = new ArrayList<>();
            Map<String, Map<String, Long>> reasons = reasons(s);
            List<PreparedFile> withRejects = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT file, rows, rejected FROM file_stats ORDER BY ord")) {
                Map<String, PreparedFile> byPath = new HashMap<>();
                files.forEach(f -> byPath.put(path(f), f));
                while (r.next()) {
                    PreparedFile f = java.util.Objects.requireNonNull(byPath.get(r.getString(1)));
                    long rows = r.getLong(2);
                    long rejected = r.getLong(3);
                    Map<String, Long> why = reasons.getOrDefault(path(f), Map.of());
                    if (rows == 0) {
                        results.add(new FileResult.Rejected(
                                f.name(), f.name() + ": the file has a header but no data rows"));
                    } else if (rejected > maxRejectRate * rows) {
                        results.add(new FileResult.Rejected(
                                f.name(),
                                String.format(
                                        "%s: %d of %d rows (%.2f%%) have problems, more than --max-reject-rate %.2f%%"
                                                + " allows; nothing loaded. Reasons: %s",
                                        f.name(), rejected, rows, 100.0 * rejected / rows, 100 * maxRejectRate, why)));
                    } else {
                        if (rejected > 0) {
                            withRejects.add(f);
                        }
                        results.add(new FileResult.Loaded(f.name(), FileKind.STREET, rows - rejected, why, 0));
                    }
                }
            }
            try (PreparedStatement refuse = connection.prepareStatement("INSERT INTO refused VALUES (?)")) {
                for (FileResult result : results) {
                    if (result instanceof FileResult.Rejected) {
                        refuse.setString(1, pathOfName(files, result.name()));
                        refuse.executeUpdate();
                    }
                }
            }
            for (PreparedFile f : withRejects) {
                rejectsWithLines(s, f);
            }
            for (String sql : SqlScript.statements(LOAD.replace(
                    "${now}",
                    "TIMESTAMP "
                            + SqlScript.literal(now.toString().replace('T', ' ').replace("Z", ""))))) {
                t = uk.crs.analytics.Timing.start();
                s.execute(sql);
                uk.crs.analytics.Timing.add("batch load: " + sql.strip().substring(0, 40), t);
            }
            t = uk.crs.analytics.Timing.start();
            connection.commit();
            uk.crs.analytics.Timing.add("batch commit", t);
            return Optional.of(withSuperseded(s, results, files));
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static List<FileResult> withSuperseded(Statement s, List<FileResult> results, List<PreparedFile> files)
            throws SQLException {
        Map<String, Integer> replaced = new HashMap<>();
        try (ResultSet r = s.executeQuery("SELECT by_sha, count(*) FROM replaced GROUP BY by_sha")) {
            while (r.next()) {
                replaced.put(r.getString(1), r.getInt(2));
            }
        }
        List<FileResult> out = new ArrayList<>();
        for (FileResult result : results) {
            if (result instanceof FileResult.Loaded l) {
                String sha = files.stream()
                        .filter(f -> f.name().equals(l.name()))
                        .findFirst()
                        .map(PreparedFile::sha256)
                        .orElse("");
                out.add(new FileResult.Loaded(
                        l.name(), l.kind(), l.rows(), l.rejected(), replaced.getOrDefault(sha, 0)));
            } else {
                out.add(result);
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

    /** Rejected rows with their line numbers, from an ordered re-read of one file. */
    private static void rejectsWithLines(Statement s, PreparedFile f) throws SQLException {
        s.execute("INSERT INTO reject SELECT " + SqlScript.literal(f.sha256()) + ", " + SqlScript.literal(f.name())
                + ", r.line, v.reason, v.value FROM (SELECT row_number() OVER () + 1 AS line, month, reported_by,"
                + " last_outcome FROM read_csv(" + SqlScript.literal(path(f)) + ", " + CsvReading.OPTIONS
                + ", columns = "
                + CsvReading.columns(new StreetLoader().stagingColumns(new Header(StreetLoader.HEADER)))
                + ")) r JOIN verdict v ON coalesce(r.month, '') = v.raw_month AND coalesce(r.reported_by, '') ="
                + " v.reported_by AND coalesce(r.last_outcome, '') = v.last_outcome"
                + " WHERE v.reason IS NOT NULL");
    }

    private static String pathOfName(List<PreparedFile> files, String name) {
        return files.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .map(StreetBatch::path)
                .orElse(name);
    }

    private static String path(PreparedFile f) {
        return f.readable().toAbsolutePath().toString();
    }
}
