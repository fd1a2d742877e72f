package uk.crs.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.analytics.AnalyticsFixtures.crs;
import static uk.crs.analytics.AnalyticsFixtures.scalar;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.analytics.AnalyticsFixtures.Run;
import uk.crs.analytics.ReferenceCounts;

/**
 * Every file of the shared real data ({@code $CRS_PROJECT_DIR/../shared/data}) ingests; the third-party edited file is
 * refused with a message naming its extra columns. Skipped, with a visible message, when that folder is absent.
 */
class SharedDataIT {

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path home;

    @Test
    void ingestsEveryFileOfTheSharedData() throws Exception {
        Path data = sharedData();
        Path policeUk = data.resolve("police-uk");
        Path bbc = data.resolve("aggregates/bbc-2012-2016");

        Run police = crs(home, "ingest", policeUk.toString());
        Run counts = ingestCounts(
                "year=Year,count=f0_,force=reported_by,crimeType=crime_type,outcome=last_outcome_category",
                bbc.resolve("crime outcomes by category force year 2012-16.csv"));
        Run pivot = ingestCounts("force=Force,outcome=*", bbc.resolve("outcomes_by_force.csv"));
        Run totals =
                ingestCounts("outcome=Outcome,count=Total 2012-2016", bbc.resolve("outcomes_totals_2012-2016.csv"));

        long csvFiles;
        try (Stream<Path> files = Files.walk(policeUk)) {
            csvFiles = files.filter(p -> p.toString().endsWith(".csv")).count();
        }
        // Older downloads are kept aside whatever the path order: the three early City of London outcomes files
        // (complete download: vintage 2017-06, early: 2017-01), and the national-2024 Bedfordshire and City of London
        // 2024-01 street files (vintage 2024-04; the single-force downloads reach 2024-12 and 2025-12).
        assertThat(police.out())
                .contains((csvFiles - 6) + " loaded")
                .contains("5 kept aside as older downloads")
                .contains("1 refused");
        assertThat(scalar(
                        home,
                        "SELECT count(*) FROM outcome_event WHERE force_slug = 'city-of-london'"
                                + " AND month = DATE '2016-11-01'"))
                .isEqualTo(661)
                .isEqualTo(dataRows(policeUk.resolve(COMPLETE_NOVEMBER)));
        assertThat(police.err()).contains("edited-by-third-party").contains("extra columns [MSOA, COLOUR]");
        assertThat(counts.exitCode()).as(counts.err()).isZero();
        assertThat(pivot.exitCode()).as(pivot.err()).isZero();
        assertThat(totals.exitCode()).as(totals.err()).isZero();
        ReferenceCounts expected = ReferenceCounts.counts(
                bbc.resolve("crime outcomes by category force year 2012-16.csv"), "last_outcome_category", "f0_");
        assertThat(counts.out()).contains(expected.rows() + " rows loaded");
        // The three BBC tables are different cuts of the same counts: each report agrees with the reference.
        for (String dataset : new String[] {
            "crime outcomes by category force year 2012-16", "outcomes_by_force", "outcomes_totals_2012-2016"
        }) {
            String json = crs(home, "report", "--source", "counts", "--dataset", dataset, "--format", "json")
                    .out();
            assertThat(json).contains("\"communityResolutions\" : " + expected.communityResolutions());
            assertThat(json).contains("\"crimes\" : " + expected.crimes());
        }
    }

    /** The case: the partial early download of City of London 2016-11 outcomes must never win. */
    @Test
    void keepsTheCompleteCityOfLondonOutcomesWhicheverOrderTheDownloadsArriveIn(@TempDir Path other) throws Exception {
        Path policeUk = sharedData().resolve("police-uk");
        Path complete = policeUk.resolve("city-of-london-2016");
        Path partial = policeUk.resolve("early-download-2016");
        String november = "SELECT count(*) FROM outcome_event WHERE force_slug = 'city-of-london'"
                + " AND month = DATE '2016-11-01'";

        Run completeFirst = crs(home, "ingest", complete.toString(), partial.toString());
        Run partialFirst = crs(other, "ingest", partial.toString(), complete.toString());

        assertThat(completeFirst.exitCode()).as(completeFirst.err()).isZero();
        assertThat(partialFirst.exitCode()).as(partialFirst.err()).isZero();
        // The complete download's rows, counted from the file; the partial download has fewer.
        long completeRows = dataRows(policeUk.resolve(COMPLETE_NOVEMBER));
        assertThat(completeRows).isEqualTo(661);
        assertThat(completeRows).isGreaterThan(dataRows(partial.resolve("2016-11-city-of-london-outcomes.csv")));
        assertThat(scalar(home, november)).isEqualTo(completeRows);
        assertThat(scalar(other, november)).isEqualTo(completeRows);
        assertThat(completeFirst.out()).contains("2016-11-city-of-london-outcomes.csv: an older download than");
        assertThat(partialFirst.out()).contains("replacing an older download");
        // Dyfed-Powys 2016-11 comes only in the early download, so it stays.
        assertThat(scalar(home, "SELECT count(*) FROM outcome_event WHERE force_slug = 'dyfed-powys'"))
                .isPositive();
    }

    /** City of London's 2016-11 outcomes in the complete download (vintage 2017-06). */
    private static final String COMPLETE_NOVEMBER = "city-of-london-2016/2016-11/2016-11-city-of-london-outcomes.csv";

    /** The data rows of a published file, counted with commons-csv, independently of the ingest. */
    private static long dataRows(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser rows = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
            return rows.stream().count();
        }
    }

    private Run ingestCounts(String columns, Path file) {
        return crs(home, "ingest", "--format", "counts", "--columns", columns, file.toString());
    }

    static Path sharedData() {
        Optional<Path> found = Stream.of(
                        System.getenv("CRS_SHARED_DATA"),
                        System.getenv("CRS_PROJECT_DIR") == null
                                ? null
                                : System.getenv("CRS_PROJECT_DIR") + "/../shared/data",
                        "../shared/data",
                        "../../shared/data")
                .filter(java.util.Objects::nonNull)
                .map(Path::of)
                .filter(Files::isDirectory)
                .findFirst();
        if (found.isEmpty()) {
            System.out.println("SharedDataIT: SKIPPED, no ../shared/data next to the project (set CRS_SHARED_DATA)");
        }
        Assumptions.assumeTrue(found.isPresent(), "no ../shared/data next to the project");
        return found.get().toAbsolutePath().normalize();
    }
}
