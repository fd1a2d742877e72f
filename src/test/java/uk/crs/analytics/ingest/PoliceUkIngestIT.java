package uk.crs.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.analytics.AnalyticsFixtures.crs;
import static uk.crs.analytics.AnalyticsFixtures.resource;
import static uk.crs.analytics.AnalyticsFixtures.scalar;
import static uk.crs.analytics.AnalyticsFixtures.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.analytics.AnalyticsFixtures.Run;
import uk.crs.analytics.ReferenceCounts;

/** Ingest of real data.police.uk files into a real DuckDB file, checked against an independent count. */
class PoliceUkIngestIT {

    private static final Path NATIONAL = resource("police-uk/national-2024/2024-01");
    private static final Path BEDFORDSHIRE_NATIONAL = NATIONAL.resolve("2024-01-bedfordshire-street.csv");
    private static final Path BEDFORDSHIRE_LATER =
            resource("police-uk/bedfordshire-2023/2024-01/2024-01-bedfordshire-street.csv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path home;

    @Test
    void loadsStreetFilesWithCountsMatchingAnIndependentCount() throws Exception {
        Run run = crs(home, "ingest", NATIONAL.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ReferenceCounts bedfordshire = ReferenceCounts.street(BEDFORDSHIRE_NATIONAL);
        ReferenceCounts city = ReferenceCounts.street(NATIONAL.resolve("2024-01-city-of-london-street.csv"));
        ReferenceCounts btp = ReferenceCounts.street(NATIONAL.resolve("2024-01-btp-street.csv"));
        assertThat(run.out()).contains((bedfordshire.rows() + city.rows() + btp.rows()) + " rows loaded");
        JsonNode report = report();
        assertForce(report, "bedfordshire", bedfordshire);
        assertForce(report, "city-of-london", city);
        JsonNode national = report.get("national");
        ReferenceCounts all = bedfordshire.plus(city).plus(btp);
        assertThat(national.get("crimes").asLong()).isEqualTo(all.crimes());
        assertThat(national.get("communityResolutions").asLong()).isEqualTo(all.communityResolutions());
        assertThat(national.get("shareOfCrimes").asDouble())
                .isCloseTo(
                        (double) all.communityResolutions() / all.crimes(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void listsAForceThatPublishesNoOutcomesAsNoOutcomeDataNotZeroPercent() throws Exception {
        crs(home, "ingest", NATIONAL.resolve("2024-01-btp-street.csv").toString());

        JsonNode btp = force(report(), "btp");

        assertThat(btp.get("outcomeData").asBoolean()).isFalse();
        assertThat(btp.get("shareOfCrimes").isNull()).isTrue();
        assertThat(btp.get("funnel").isNull()).isTrue();
    }

    @Test
    void reingestingTheSameFilesChangesNothing() throws Exception {
        crs(home, "ingest", NATIONAL.toString());
        List<String> before = snapshot(home);

        Run again = crs(home, "ingest", NATIONAL.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already ingested").contains("0 rows loaded");
        assertThat(snapshot(home)).isEqualTo(before);
    }

    @Test
    void aNewerDownloadOfTheSameForceAndMonthReplacesTheOlder() throws Exception {
        crs(home, "ingest", BEDFORDSHIRE_NATIONAL.toString());

        Run newer = crs(home, "ingest", "--vintage", "2024-12", BEDFORDSHIRE_LATER.toString());

        assertThat(newer.out()).contains("replacing an older download");
        ReferenceCounts later = ReferenceCounts.street(BEDFORDSHIRE_LATER);
        ReferenceCounts earlier = ReferenceCounts.street(BEDFORDSHIRE_NATIONAL);
        // The two downloads have the same rows but different last outcomes (a moving snapshot).
        assertThat(later.rows()).isEqualTo(earlier.rows());
        assertThat(later).isNotEqualTo(earlier);
        assertForce(report(), "bedfordshire", later);
        assertThat(scalar(home, "SELECT sum(n) FROM street_summary")).isEqualTo(later.rows());
        assertThat(scalar(home, "SELECT count(*) FROM ingested_file WHERE superseded_by IS NOT NULL"))
                .isEqualTo(1);
        assertThat(scalar(home, "SELECT count(*) FROM ingested_file WHERE ingested_at IS NOT NULL"))
                .isEqualTo(2);
    }

    @Test
    void aNewerOutcomesDownloadReplacesTheOlder(@TempDir Path work) throws Exception {
        Downloads d = outcomesDownloads(work);
        crs(home, "ingest", d.older().toString());

        Run run = crs(home, "ingest", d.newer().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("replacing an older download");
        assertThat(scalar(home, "SELECT count(*) FROM ingested_file WHERE superseded_by IS NOT NULL"))
                .isEqualTo(1);
        assertThat(scalar(home, "SELECT count(*) FROM outcome_event")).isEqualTo(d.newerRows());
    }

    /** The City of London case: a partial early download ingested after the complete later one. */
    @Test
    void anOlderOutcomesDownloadIngestedLaterDoesNotReplaceTheNewer(@TempDir Path work) throws Exception {
        Downloads d = outcomesDownloads(work);
        crs(home, "ingest", d.newer().toString());

        Run run = crs(home, "ingest", d.older().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("an older download than").contains("no rows loaded");
        assertThat(scalar(home, "SELECT count(*) FROM outcome_event")).isEqualTo(d.newerRows());
        assertThat(scalar(home, "SELECT count(*) FROM ingested_file WHERE superseded_by IS NOT NULL"))
                .isEqualTo(1);
    }

    @Test
    void anOlderStreetDownloadIngestedLaterDoesNotReplaceTheNewer() throws Exception {
        crs(home, "ingest", "--vintage", "2024-12", BEDFORDSHIRE_LATER.toString());

        Run run = crs(home, "ingest", "--vintage", "2024-04", BEDFORDSHIRE_NATIONAL.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("an older download than " + BEDFORDSHIRE_LATER);
        assertForce(report(), "bedfordshire", ReferenceCounts.street(BEDFORDSHIRE_LATER));
        assertThat(scalar(
                        home, "SELECT count(*) FROM ingested_file WHERE superseded_by IS NULL AND vintage = '2024-12'"))
                .isEqualTo(1);
    }

    @Test
    void keepsTheLatestVintageOfTwoDownloadsGivenInOneRunInEitherOrder(@TempDir Path work) throws Exception {
        // Archive layout: the download folder's latest YYYY-MM folder is its vintage.
        Path early = copy(BEDFORDSHIRE_NATIONAL, work.resolve("early/2024-01"));
        Path late = copy(BEDFORDSHIRE_LATER, work.resolve("late/2024-01"));
        Files.createDirectories(work.resolve("late/2024-12"));

        Run lateFirst = crs(home, "ingest", late.toString(), early.toString());
        Path other = Files.createDirectories(work.resolve("other-home"));
        Run earlyFirst = crs(other, "ingest", early.toString(), late.toString());

        assertThat(lateFirst.exitCode()).as(lateFirst.err()).isZero();
        assertThat(earlyFirst.exitCode()).as(earlyFirst.err()).isZero();
        ReferenceCounts later = ReferenceCounts.street(BEDFORDSHIRE_LATER);
        assertForce(report(), "bedfordshire", later);
        assertThat(scalar(other, "SELECT sum(n) FROM street_summary")).isEqualTo(later.rows());
        assertThat(scalar(
                        other,
                        "SELECT count(*) FROM ingested_file WHERE superseded_by IS NULL" + " AND vintage = '2024-12'"))
                .isEqualTo(1);
    }

    @Test
    void refusesADifferentDownloadOfTheSameVintageNamingBothFiles() throws Exception {
        Run run = crs(home, "ingest", BEDFORDSHIRE_NATIONAL.toString(), BEDFORDSHIRE_LATER.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("REJECTED " + BEDFORDSHIRE_LATER)
                .contains("same vintage (2024-01) as " + BEDFORDSHIRE_NATIONAL)
                .contains("--vintage");
        assertForce(report(), "bedfordshire", ReferenceCounts.street(BEDFORDSHIRE_NATIONAL));
    }

    private record Downloads(Path older, Path newer, long newerRows) {}

    /** Two downloads of City of London 2016-01 outcomes: the newer has one more month folder and one more row. */
    private static Downloads outcomesDownloads(Path work) throws IOException {
        Path file = resource("police-uk/city-of-london-2016/2016-01/2016-01-city-of-london-outcomes.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Path older = Files.createDirectories(work.resolve("older/2016-01")).resolve(file.getFileName());
        Files.write(older, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        Files.createDirectories(work.resolve("older/2016-02"));
        Path newer = copy(file, work.resolve("newer/2016-01"));
        Files.createDirectories(work.resolve("newer/2016-06"));
        return new Downloads(older, newer, lines.size() - 1);
    }

    private static Path copy(Path file, Path folder) throws IOException {
        return Files.copy(file, Files.createDirectories(folder).resolve(file.getFileName()));
    }

    @Test
    void joinsOutcomesToStreetCrimesOnCrimeId() throws Exception {
        Path folder = resource("police-uk/city-of-london-2016/2016-01");
        crs(home, "ingest", folder.toString());

        Set<String> streetIds = new HashSet<>();
        for (CSVRecord r : records(folder.resolve("2016-01-city-of-london-street.csv"))) {
            if (!r.get("Crime ID").isBlank()) {
                streetIds.add(r.get("Crime ID"));
            }
        }
        long joined = 0;
        for (CSVRecord r : records(folder.resolve("2016-01-city-of-london-outcomes.csv"))) {
            joined += streetIds.contains(r.get("Crime ID")) ? 1 : 0;
        }
        assertThat(joined).isPositive();
        assertThat(scalar(home, "SELECT count(*) FROM outcome_history")).isEqualTo(joined);
    }

    @Test
    void loadsTheFilesInsideAZipArchiveLikeTheFolder(@TempDir Path work) throws Exception {
        Path zip = work.resolve("2024-01.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.list(NATIONAL)) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry("2024-01/" + f.getFileName()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }

        Run run = crs(home, "ingest", zip.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertForce(report(), "bedfordshire", ReferenceCounts.street(BEDFORDSHIRE_NATIONAL));
    }

    private JsonNode report() {
        Run run = crs(home, "report", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static JsonNode force(JsonNode report, String slug) {
        for (JsonNode f : report.get("forces")) {
            if (f.get("slug").asString().equals(slug)) {
                return f;
            }
        }
        throw new AssertionError("no force " + slug + " in " + report);
    }

    private static void assertForce(JsonNode report, String slug, ReferenceCounts expected) {
        JsonNode f = force(report, slug);
        assertThat(f.get("crimes").asLong()).as(slug + " crimes").isEqualTo(expected.crimes());
        assertThat(f.get("pending").asLong()).as(slug + " pending").isEqualTo(expected.pending());
        assertThat(f.get("communityResolutions").asLong()).as(slug + " CRs").isEqualTo(expected.communityResolutions());
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }
}
