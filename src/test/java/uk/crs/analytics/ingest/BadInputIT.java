package uk.crs.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.analytics.AnalyticsFixtures.crs;
import static uk.crs.analytics.AnalyticsFixtures.resource;
import static uk.crs.analytics.AnalyticsFixtures.snapshot;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.analytics.AnalyticsFixtures.Run;
import uk.crs.cli.CrsCommand;

/**
 * Bad inputs get a clear message naming the file and the problem, the command exits 2, and the store is left exactly
 * as it was (every table compared before and after).
 */
class BadInputIT {

    private static final Path GOOD = resource("police-uk/national-2024/2024-01/2024-01-city-of-london-street.csv");
    private static final String STREET_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
    private static final String STREET_ROW = "abc123,2024-01,City of London Police,City of London Police,-0.08,51.51,"
            + "On or near Somewhere,E01000001,City of London 001A,Shoplifting,Local resolution,\n";

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path home;

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path work;

    private List<String> before = List.of();

    @BeforeEach
    void loadSomethingFirst() throws Exception {
        assertThat(crs(home, "ingest", GOOD.toString()).exitCode()).isZero();
        before = snapshot(home);
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertRefused(write("empty.csv", ""), "the file is empty");
    }

    @Test
    void refusesAFileWithOnlyAHeader() throws Exception {
        assertRefused(write("header-only.csv", STREET_HEADER), "header but no data rows");
    }

    @Test
    void refusesTheWrongDelimiter() throws Exception {
        String semicolons = (STREET_HEADER + STREET_ROW).replace(',', ';');
        assertRefused(write("semicolons.csv", semicolons), "seems to use ';' as the delimiter");
    }

    @Test
    void refusesBinaryJunk() throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[10] = 0;
        Path file = work.resolve("junk.csv");
        Files.write(file, junk);
        assertRefused(file, "binary data");
    }

    @Test
    void refusesAFileCutOffInTheMiddleOfARow() throws Exception {
        String text = Files.readString(GOOD, StandardCharsets.UTF_8);
        // A different month so that the truncated file would otherwise be new data, not a duplicate.
        String truncated = text.replace("2024-01", "2024-02").substring(0, text.length() / 2);
        assertRefused(write("2024-02-city-of-london-street.csv", truncated), "not a well-formed CSV");
    }

    @Test
    void refusesMixedLineEndingsInPlainWordsNotTheCsvReadersInternalText() throws Exception {
        // CRLF lines, then, past the part of the file that is sniffed, lines ending in a bare CR.
        StringBuilder text = new StringBuilder(STREET_HEADER.replace("\n", "\r\n"));
        for (int i = 0; i < 2000; i++) {
            text.append(STREET_ROW.replace("\n", i < 1500 ? "\r\n" : "\r"));
        }
        Path file = write("2024-09-mixed-street.csv", text.toString());

        assertRefused(file, "mixed line endings");
        assertThat(crs(home, "ingest", file.toString()).err()).doesNotContain("state machine");
    }

    @Test
    void refusesATruncatedZipArchive() throws Exception {
        Path zip = work.resolve("archive.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("2024-03/2024-03-city-of-london-street.csv"));
            z.write(Files.readString(GOOD).replace("2024-01", "2024-03").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(zip, "not a readable ZIP archive");
    }

    @Test
    void refusesAnUnrecognisedHeader() throws Exception {
        assertRefused(write("other.csv", "a,b,c\n1,2,3\n"), "unrecognised header [a,b,c]");
    }

    @Test
    void refusesCountColumnsThatAreNotInTheFile() throws Exception {
        Path file = write("counts.csv", "Year,Total,Force\n2016,5,Kent Police\n");
        Run run = crs(
                home, "ingest", "--format", "counts", "--columns", "year=Year,count=f0_,force=Force", file.toString());
        assertThat(run.exitCode()).isEqualTo(CrsCommand.BAD_INPUT);
        assertThat(run.err())
                .contains("counts.csv")
                .contains("not in the header")
                .contains("count=f0_");
        assertThat(snapshot(home)).isEqualTo(before);
    }

    @Test
    void refusesNegativeCountsAndLoadsNothingOfThatFile() throws Exception {
        Path file = write(
                "counts.csv",
                "Year,n,Force,Outcome\n2016,5,Kent Police,Local resolution\n2016,-3,Kent Police,Offender fined\n");
        Run run = crs(
                home,
                "ingest",
                "--format",
                "counts",
                "--columns",
                "year=Year,count=n,force=Force,outcome=Outcome",
                file.toString());
        assertThat(run.exitCode()).isEqualTo(CrsCommand.BAD_INPUT);
        assertThat(run.err()).contains("NEGATIVE_COUNT").contains("line 3").contains("nothing loaded");
        assertThat(snapshot(home)).isEqualTo(before);
    }

    @Test
    void recordsRowProblemsWithFileAndLineWhenUnderTheThreshold() throws Exception {
        String rows = STREET_ROW.replace("2024-01", "2024-05").repeat(3)
                + STREET_ROW.replace("2024-01", "2024-13")
                + STREET_ROW.replace("2024-01", "2024-05").replace("Local resolution", "Sent to the moon");
        Path file = write("2024-05-city-of-london-street.csv", STREET_HEADER + rows);

        Run run = crs(home, "ingest", "--max-reject-rate", "0.5", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 rows loaded").contains("BAD_MONTH=1").contains("UNKNOWN_OUTCOME=1");
        assertThat(uk.crs.analytics.AnalyticsFixtures.scalar(
                        home,
                        "SELECT count(*) FROM reject WHERE line = 5 AND reason = 'BAD_MONTH' AND value = '2024-13'"))
                .isEqualTo(1);
        assertThat(uk.crs.analytics.AnalyticsFixtures.scalar(
                        home, "SELECT count(*) FROM reject WHERE line = 6 AND reason = 'UNKNOWN_OUTCOME'"))
                .isEqualTo(1);
    }

    @Test
    void refusesTheEditedThirdPartyFileNamingItsExtraColumns() throws Exception {
        String edited = STREET_HEADER.replace("Context\n", "Context,MSOA,COLOUR\n")
                + STREET_ROW.replace(",\n", ",,Somewhere,blue\n");
        assertRefused(write("edited.csv", edited), "extra columns [MSOA, COLOUR]");
    }

    private void assertRefused(Path file, String message) throws Exception {
        Run run = crs(home, "ingest", file.toString());
        assertThat(run.exitCode()).as(run.out()).isEqualTo(CrsCommand.BAD_INPUT);
        assertThat(run.err()).contains(file.getFileName().toString()).contains(message);
        assertThat(snapshot(home)).isEqualTo(before);
    }

    private Path write(String name, String text) throws Exception {
        Path file = work.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
