package uk.crs.analytics.records;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.analytics.AnalyticsFixtures.crs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.analytics.AnalyticsFixtures.Run;
import uk.crs.analytics.AnalyticsStore;

/** {@code crs ingest --format force-records}: pseudonymised, all or nothing, idempotent, newer extract wins. */
class ForceRecordsIngestIT {

    static final String HEADER = "crime_ref,person_ref,force,offence_date,recorded_date,ho_offence_code,crime_type,"
            + "outcome_type,outcome_date,age,sex,ethnicity\n";

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path home;

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path work;

    private Path write(String name, String text) throws Exception {
        Path file = work.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String rows(int n, String personPrefix, String outcomeDate) {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) {
            rows.append("DU/24/")
                    .append(1000 + i)
                    .append(',')
                    .append(personPrefix)
                    .append(i % 7)
                    .append(",Durham Constabulary,2024-01-0")
                    .append(1 + i % 9)
                    .append(",2024-01-1")
                    .append(i % 9)
                    .append(",046,Shoplifting,8,")
                    .append(outcomeDate)
                    .append(",17,M,White\n");
        }
        return rows.toString();
    }

    private List<List<String>> query(String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (AnalyticsStore store = AnalyticsStore.open(home.resolve("analytics.duckdb"));
                Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(String.valueOf(r.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void optionsThatDoNotFitAnExtractAreRefusedBeforeAnythingIsRead() throws Exception {
        String file = write("durham.csv", rows(20, "P", "2024-02-20")).toString();
        Run counts = crs(home, "ingest", "--format", "force-records", "--columns", "year=Year", file);
        assertThat(counts.exitCode()).isEqualTo(2);
        assertThat(counts.err()).contains("--columns and --dataset apply only with --format counts");
        Run rate = crs(home, "ingest", "--format", "Force-Records", "--max-reject-rate", "1.5", file);
        assertThat(rate.exitCode()).isEqualTo(2);
        assertThat(rate.err()).contains("--max-reject-rate must be between 0 and 1, found 1.5");
        assertThat(home.resolve("analytics.duckdb")).doesNotExist();
    }

    @Test
    void storesPeopleOnlyAsKeyedPseudonymsAndTheRawReferenceNowhereInTheStore() throws Exception {
        Path file = write("durham.csv", rows(40, "PNC-RAWPERSON-", "2024-02-20"));
        Run run = crs(home, "ingest", "--format", "force-records", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("loaded 40 rows", "durham");

        Path key = home.resolve("person-key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(query("SELECT count(DISTINCT person_key), min(length(person_key)) FROM force_record"))
                .containsExactly(List.of("7", "64"));

        byte[] stored = Files.readAllBytes(home.resolve("analytics.duckdb"));
        String asText = new String(stored, StandardCharsets.ISO_8859_1);
        // The control shows the search can find stored text; the person refs are not there in any form.
        assertThat(asText).contains("DU/24/1000");
        assertThat(asText).doesNotContain("RAWPERSON");
        for (Path other : Files.list(home).toList()) {
            if (!other.getFileName().toString().equals("person-key")) {
                assertThat(new String(Files.readAllBytes(other), StandardCharsets.ISO_8859_1))
                        .as(other.toString())
                        .doesNotContain("RAWPERSON");
            }
        }
    }

    @Test
    void theSamePersonGetsTheSamePseudonymInEveryExtractOfAHome() throws Exception {
        crs(
                home,
                "ingest",
                "--format",
                "force-records",
                write("a.csv", rows(20, "P", "2024-02-20")).toString());
        PersonKey key = PersonKey.of(home);
        assertThat(query("SELECT DISTINCT person_key FROM force_record ORDER BY 1"))
                .contains(List.of(key.pseudonym("P3")))
                .doesNotContain(List.of(PersonKey.of(work).pseudonym("P3")));
    }

    @Test
    void badRowsGoToRejectsWithLineAndReasonAndReingestChangesNothing() throws Exception {
        String text = rows(200, "P", "2024-02-20")
                + "DU/24/9001,P1,Durham Constabulary,2024-13-01,2024-01-10,046,Shoplifting,8,2024-02-20,17,M,W\n"
                + "DU/24/9002,P1,Durham Constabulary,2024-01-01,2024-01-10,046,Shoplifting,99,2024-02-20,17,M,W\n";
        Path file = write("durham.csv", text);
        Run run = crs(home, "ingest", "--format", "force-records", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("loaded 200 rows", "BAD_OFFENCE_DATE=1", "UNKNOWN_OUTCOME_TYPE=1");
        assertThat(query("SELECT line, reason, value FROM reject ORDER BY line"))
                .containsExactly(
                        List.of("202", "BAD_OFFENCE_DATE", "2024-13-01"), List.of("203", "UNKNOWN_OUTCOME_TYPE", "99"));

        List<List<String>> before = query("SELECT * FROM force_record ORDER BY ALL");
        Run again = crs(home, "ingest", "--format", "force-records", file.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already ingested");
        assertThat(query("SELECT * FROM force_record ORDER BY ALL")).isEqualTo(before);
    }

    @Test
    void refusesWholeFilesWithAFatalProblemAndChangesNothing() throws Exception {
        crs(
                home,
                "ingest",
                "--format",
                "force-records",
                write("ok.csv", rows(20, "P", "2024-02-20")).toString());
        List<List<String>> before = query("SELECT * FROM force_record ORDER BY ALL");
        List<List<String>> files = query("SELECT sha256 FROM ingested_file ORDER BY ALL");

        assertRefused(write("empty.csv", ""), "the file is empty");
        assertRefused(write("header.csv", HEADER), "header but no data rows");
        assertRefused(write("wrong.csv", "crime_ref,person,force\nA,B,C\n"), "lacks [person_ref");
        assertRefused(
                write(
                        "two-forces.csv",
                        rows(20, "P", "2024-02-20")
                                + rows(20, "Q", "2024-02-20")
                                        .replace(HEADER, "")
                                        .replace("DU/24/", "CL/24/")
                                        .replace("Durham Constabulary", "City of London Police")),
                "names 2 forces");
        assertRefused(write("quote.csv", HEADER + "\"DU/1,P,Durham Constabulary,2024-01-01\n"), "well-formed");
        assertRefused(write("bad.csv", rows(50, "P", "2024-13-40")), "50 of 50 rows");

        assertThat(query("SELECT * FROM force_record ORDER BY ALL")).isEqualTo(before);
        assertThat(query("SELECT sha256 FROM ingested_file ORDER BY ALL")).isEqualTo(files);
        assertThat(query("SELECT count(*) FROM reject")).containsExactly(List.of("0"));
    }

    private void assertRefused(Path file, String message) {
        Run run = crs(home, "ingest", "--format", "force-records", file.toString());
        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains(file.getFileName().toString(), message);
    }

    @Test
    void aNewerExtractOfTheSameForceAndMonthsReplacesTheOlderInEitherOrder() throws Exception {
        Path older = write("older.csv", rows(30, "P", "2024-02-20"));
        Path newer = write("newer.csv", rows(25, "P", "2024-03-20").replace(",8,2024-03-20", ",1,2024-03-20"));

        Run first = crs(home, "ingest", "--format", "force-records", older.toString());
        Run second = crs(home, "ingest", "--format", "force-records", newer.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("replacing the older extract");
        assertThat(first.exitCode()).isZero();
        assertThat(query("SELECT count(*), min(outcome_type), max(outcome_type) FROM force_record"))
                .containsExactly(List.of("25", "1", "1"));

        Run late = crs(
                home,
                "ingest",
                "--format",
                "force-records",
                write("older-copy.csv", rows(30, "P", "2024-02-21")).toString());
        assertThat(late.exitCode()).isEqualTo(2);
        assertThat(late.err()).contains("newer.csv", "runs to 2024-03-20", "replaces only older ones");
        assertThat(query("SELECT count(*) FROM force_record")).containsExactly(List.of("25"));
    }
}
