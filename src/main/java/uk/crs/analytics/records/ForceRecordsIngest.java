package uk.crs.analytics.records;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.SqlScript;
import uk.crs.analytics.ingest.Rejects;

/**
 * Loads a force's records extract (docs/force-records.md) in one DuckDB transaction. {@code person_ref} is replaced by
 * its {@link PersonKey} pseudonym as the file is read, before anything reaches DuckDB, so the raw value is never
 * stored. A fatal problem refuses the file whole; bad rows go to {@code reject} with their line and reason.
 */
public final class ForceRecordsIngest {

    /** Required columns, in the documented order (a file may order them differently). */
    static final List<String> REQUIRED = List.of(
            "crime_ref",
            "person_ref",
            "force",
            "offence_date",
            "recorded_date",
            "ho_offence_code",
            "crime_type",
            "outcome_type",
            "outcome_date");

    static final List<String> OPTIONAL = List.of("age", "sex", "ethnicity", "police_uk_id");

    /** The staging columns, each read as text. */
    private static final List<String> STAGING = List.of(
            "line",
            "columns_ok",
            "columns_found",
            "crime_ref",
            "person_key",
            "force_text",
            "offence_date_text",
            "recorded_date_text",
            "ho_offence_code",
            "crime_type_text",
            "outcome_type_text",
            "outcome_date_text",
            "age_text",
            "sex",
            "ethnicity",
            "published_id");

    /** Crime references of generated, synthetic extracts start with this; such extracts are labelled everywhere. */
    public static final String SYNTHETIC_PREFIX = "SYNTHETIC-";

    /** The {@code ingested_file.kind} of a force records extract. */
    public static final String KIND = "FORCE_RECORDS";

    private final AnalyticsStore store;
    private final PersonKey key;
    private final Clock clock;

    public ForceRecordsIngest(AnalyticsStore store, PersonKey key, Clock clock) {
        this.store = store;
        this.key = key;
        this.clock = clock;
    }

    public List<IngestResult> ingest(List<Path> files, double maxRejectRate) {
        List<IngestResult> results = new ArrayList<>();
        try {
            RecordsSchema.prepare(store);
            for (Path file : files) {
                results.add(ingest(file, maxRejectRate));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the analytics store failed: " + e.getMessage(), e);
        }
        return results;
    }

    private IngestResult ingest(Path file, double maxRejectRate) throws SQLException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return new IngestResult.Refused(name, "no such file");
        }
        Path work = null;
        try {
            String sha = sha256(file);
            if (alreadyLoaded(sha)) {
                return new IngestResult.AlreadyLoaded(name);
            }
            work = Files.createTempDirectory(
                    "crs-records-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path staged = work.resolve("staged.csv");
            long rows = pseudonymise(file, staged);
            return load(name, sha, staged, rows, maxRejectRate);
        } catch (Refusal e) {
            return new IngestResult.Refused(name, e.getMessage());
        } catch (IOException e) {
            return new IngestResult.Refused(name, "cannot read: " + e.getMessage());
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
        }
    }

    /** Reads the extract, checks its header and writes the staging copy with pseudonyms instead of person refs. */
    private long pseudonymise(Path file, Path staged) throws IOException, Refusal {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        if (head.length == 0) {
            throw new Refusal("the file is empty");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new Refusal("binary data, not a CSV file");
            }
        }
        CSVFormat format =
                CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get();
        long rows = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format);
                BufferedWriter out = Files.newBufferedWriter(staged, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new Refusal("the file is empty");
            }
            Map<String, Integer> columns = header(records.next());
            printer.printRecord(STAGING);
            while (records.hasNext()) {
                CSVRecord r = records.next();
                long line = parser.getCurrentLineNumber();
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue; // a blank line
                }
                rows++;
                boolean complete = r.size() == columns.size();
                List<String> row = new ArrayList<>(STAGING.size());
                row.add(Long.toString(line));
                row.add(Boolean.toString(complete));
                row.add(Integer.toString(r.size()));
                String personRef = field(r, columns, "person_ref", complete);
                row.add(field(r, columns, "crime_ref", complete).strip());
                row.add(personRef.isBlank() ? "" : key.pseudonym(personRef));
                for (String column : List.of(
                        "force",
                        "offence_date",
                        "recorded_date",
                        "ho_offence_code",
                        "crime_type",
                        "outcome_type",
                        "outcome_date",
                        "age",
                        "sex",
                        "ethnicity",
                        "police_uk_id")) {
                    row.add(field(r, columns, column, complete));
                }
                printer.printRecord(row);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new Refusal("not a well-formed CSV file (an unclosed quote, or truncated): "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (rows == 0) {
            throw new Refusal("the file has a header but no data rows");
        }
        return rows;
    }

    private static Map<String, Integer> header(CSVRecord header) throws Refusal {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (columns.put(column, i) != null) {
                throw new Refusal("the header names column '" + column + "' twice");
            }
            if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                unknown.add(column);
            }
        }
        if (columns.size() == 1 && header.get(0).matches(".*[;\t|].*")) {
            throw new Refusal("the header has one column and seems to use another delimiter; expected a"
                    + " comma-separated file with the columns " + REQUIRED);
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new Refusal("not a force records extract: the header"
                    + (missing.isEmpty() ? "" : " lacks " + missing)
                    + (missing.isEmpty() || unknown.isEmpty() ? "" : " and")
                    + (unknown.isEmpty() ? "" : " has unknown columns " + unknown)
                    + "; the columns are " + REQUIRED + ", optionally " + OPTIONAL + " (docs/force-records.md)");
        }
        return columns;
    }

    private static String field(CSVRecord r, Map<String, Integer> columns, String column, boolean complete) {
        Integer i = columns.get(column);
        if (!complete || i == null || i >= r.size()) {
            return "";
        }
        return r.get(i);
    }

    private IngestResult load(String name, String sha, Path staged, long rows, double maxRejectRate)
            throws SQLException, Refusal {
        Connection c = store.connection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            StringBuilder types = new StringBuilder("{");
            for (String column : STAGING) {
                types.append(types.length() > 1 ? ", " : "")
                        .append(SqlScript.literal(column))
                        .append(": ")
                        .append(
                                column.equals("line")
                                        ? "'BIGINT'"
                                        : column.equals("columns_ok") ? "'BOOLEAN'" : "'VARCHAR'");
            }
            s.execute("CREATE OR REPLACE TEMP TABLE staging AS SELECT * FROM read_csv("
                    + SqlScript.literal(staged.toAbsolutePath().toString())
                    + ", header = true, strict_mode = true, columns = " + types + "})");
            for (String sql : SqlScript.statements(SqlScript.load("records/check.sql"))) {
                s.execute(sql);
            }
            Map<String, Long> rejected = Rejects.byReason(s);
            long rejectedRows =
                    rejected.values().stream().mapToLong(Long::longValue).sum();
            Optional<String> tooMany = Rejects.tooMany(s, rows, rejected, maxRejectRate);
            if (tooMany.isPresent()) {
                throw new Refusal(tooMany.get());
            }
            Extent extent = extent(s);
            List<String> replaced = replaced(c, sha, extent);
            String sql = SqlScript.load("records/load.sql")
                    .replace("${force}", SqlScript.literal(extent.force))
                    .replace("${firstMonth}", "DATE " + SqlScript.literal(extent.firstMonth.toString()))
                    .replace("${lastMonth}", "DATE " + SqlScript.literal(extent.lastMonth.toString()))
                    .replace("${sha}", SqlScript.literal(sha))
                    .replace("${path}", SqlScript.literal(name));
            for (String statement : SqlScript.statements(sql)) {
                s.execute(statement);
            }
            try (PreparedStatement file = c.prepareStatement("INSERT INTO ingested_file (sha256, path, kind, coverage,"
                            + " rows_loaded, rows_rejected, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement extract =
                            c.prepareStatement("INSERT INTO force_extract VALUES (?, ?, ?, ?, ?, ?)")) {
                file.setString(1, sha);
                file.setString(2, name);
                file.setString(3, KIND);
                file.setString(
                        4,
                        extent.force + " " + extent.firstMonth.toString().substring(0, 7) + " to "
                                + extent.lastMonth.toString().substring(0, 7) + ", as at " + extent.asAt
                                + (extent.synthetic ? ", SYNTHETIC" : ""));
                file.setLong(5, rows - rejectedRows);
                file.setLong(6, rejectedRows);
                file.setTimestamp(7, Timestamp.from(clock.instant()));
                file.executeUpdate();
                extract.setString(1, sha);
                extract.setString(2, extent.force);
                extract.setDate(3, Date.valueOf(extent.firstMonth));
                extract.setDate(4, Date.valueOf(extent.lastMonth));
                extract.setDate(5, Date.valueOf(extent.asAt));
                extract.setBoolean(6, extent.synthetic);
                extract.executeUpdate();
            }
            c.commit();
            return new IngestResult.Loaded(
                    name, extent.force, rows - rejectedRows, rejected, extent.asAt, extent.synthetic, replaced);
        } catch (SQLException | Refusal | RuntimeException e) {
            c.rollback();
            if (e instanceof SQLException && String.valueOf(e.getMessage()).contains("CSV")) {
                throw new Refusal("not a well-formed CSV file: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS staging; DROP TABLE IF EXISTS checked");
            }
        }
    }

    /** The force, months and date the accepted rows cover. */
    private record Extent(String force, LocalDate firstMonth, LocalDate lastMonth, LocalDate asAt, boolean synthetic) {}

    private static Extent extent(Statement s) throws SQLException, Refusal {
        try (ResultSet r = s.executeQuery("SELECT count(DISTINCT force_slug), min(force_slug), max(force_slug),"
                + " date_trunc('month', min(recorded_date))::DATE, date_trunc('month', max(recorded_date))::DATE,"
                + " greatest(max(recorded_date), max(outcome_date)), bool_and(starts_with(crime_ref, "
                + SqlScript.literal(SYNTHETIC_PREFIX) + ")), count(*) FROM checked WHERE reason IS NULL")) {
            r.next();
            if (r.getLong(8) == 0) {
                throw new Refusal("no row could be loaded");
            }
            if (r.getLong(1) != 1) {
                throw new Refusal("an extract holds one force's records; this one names " + r.getLong(1) + " forces ("
                        + r.getString(2) + " ... " + r.getString(3) + ")");
            }
            return new Extent(
                    r.getString(2),
                    r.getDate(4).toLocalDate(),
                    r.getDate(5).toLocalDate(),
                    r.getDate(6).toLocalDate(),
                    r.getBoolean(7));
        }
    }

    /**
     * Earlier extracts of the same force that overlap this one's months: a newer extract (a later as-at date) replaces
     * their rows for the months it covers; an older or equally dated one is refused, naming the file it would clash
     * with, whatever the order the files were ingested in.
     */
    private static List<String> replaced(Connection c, String sha, Extent extent) throws SQLException, Refusal {
        List<String> replaced = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT e.file_sha, f.path, e.as_at FROM force_extract e JOIN"
                + " ingested_file f ON f.sha256 = e.file_sha WHERE e.force_slug = ? AND e.first_month <= ? AND"
                + " e.last_month >= ? AND f.superseded_by IS NULL ORDER BY f.path")) {
            q.setString(1, extent.force);
            q.setDate(2, Date.valueOf(extent.lastMonth));
            q.setDate(3, Date.valueOf(extent.firstMonth));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    LocalDate asAt = r.getDate(3).toLocalDate();
                    if (!asAt.isBefore(extent.asAt)) {
                        throw new Refusal("the extract loaded from " + r.getString(2) + " covers the same force and"
                                + " months and runs to " + asAt + ", "
                                + (asAt.equals(extent.asAt) ? "the same date as" : "later than") + " this one ("
                                + extent.asAt + "); an extract replaces only"
                                + " older ones");
                    }
                    replaced.add(r.getString(2));
                    try (PreparedStatement u =
                            c.prepareStatement("UPDATE ingested_file SET superseded_by = ? WHERE sha256 = ?")) {
                        u.setString(1, sha);
                        u.setString(2, r.getString(1));
                        u.executeUpdate();
                    }
                }
            }
        }
        return replaced;
    }

    private boolean alreadyLoaded(String sha) throws SQLException {
        try (PreparedStatement q =
                store.connection().prepareStatement("SELECT 1 FROM ingested_file WHERE sha256 = ?")) {
            q.setString(1, sha);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }

    /** A fatal problem: the file is refused whole. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }

        @Override
        public String getMessage() {
            return String.valueOf(super.getMessage());
        }
    }
}
