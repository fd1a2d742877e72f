package uk.crs.analytics.records;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.analytics.AnalyticsFixtures.crs;
import static uk.crs.analytics.AnalyticsFixtures.resource;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.crs.analytics.AnalyticsFixtures.Run;

/**
 * The Home Office outcomes tables in the reconciliation statement: a section of their own, quarter by quarter beside
 * the force's records for the same months, never added to the street files' totals; and the statement as one HTML page.
 */
class ReconciliationHomeOfficeIT {

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path home;

    private static final Path TABLE = resource("home-office/outcomes-sample.csv");

    private static final String EXTRACT = "crime_ref,person_ref,force,offence_date,recorded_date,ho_offence_code,"
            + "crime_type,outcome_type,outcome_date\n"
            + "DU/1,P1,Durham Constabulary,2019-04-01,2019-04-02,105A,Violence and sexual offences,8,2019-04-20\n"
            + "DU/2,P2,Durham Constabulary,2019-05-01,2019-05-02,105A,Violence and sexual offences,1,2019-05-20\n"
            + "DU/3,P3,Durham Constabulary,2019-06-01,2019-06-02,46,Shoplifting,8,2019-06-20\n"
            + "DU/4,P4,Durham Constabulary,2019-07-01,2019-07-02,46,Shoplifting,8,2019-07-20\n";

    private void load() throws Exception {
        Path file = home.resolve("durham.csv");
        Files.writeString(file, EXTRACT, StandardCharsets.UTF_8);
        Run records = crs(home, "ingest", "--format", "force-records", file.toString());
        assertThat(records.exitCode()).as(records.err()).isZero();
        Run table = crs(home, "ingest", TABLE.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
    }

    @Test
    void aHomeOfficeQuarterIsComparedWithTheRecordsOfItsMonthsApartFromTheStreetFiles() throws Exception {
        load();
        // reference: Durham's 2019/20 Q1 rows of the table, straight from the file
        long crimes = 0;
        long crs = 0;
        try (Reader in = Files.newBufferedReader(TABLE, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                if (r.get("Force Name").equals("Durham")
                        && r.get("Financial Year").equals("2019/20")
                        && r.get("Financial Quarter").equals("1")) {
                    long n = Long.parseLong(r.get("Force outcomes for offences recorded in quarter"));
                    crimes += n;
                    crs += r.get("Outcome Type").equals("8") ? n : 0;
                }
            }
        }
        Run run = crs(home, "reconcile", "--force", "durham", "--from", "2019-04", "--to", "2019-07");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode quarters = json.get("homeOffice").get("quarters");
        assertThat(quarters).hasSize(1);
        JsonNode q = quarters.get(0);
        assertThat(q.get("quarter").asString()).isEqualTo("2019/20 Q1");
        assertThat(q.get("countBasis").asString()).isEqualTo("Force outcomes for offences recorded in quarter");
        assertThat(q.get("homeOffice").get("crimes").asLong()).isEqualTo(crimes);
        assertThat(q.get("homeOffice").get("communityResolutions").asLong()).isEqualTo(crs);
        // the records of April to June only (DU/4 is July): three crimes, two CRs
        assertThat(q.get("forceRecords").get("crimes").asLong()).isEqualTo(3);
        assertThat(q.get("forceRecords").get("communityResolutions").asLong()).isEqualTo(2);
        assertThat(q.get("difference").get("crimes").asLong()).isEqualTo(3 - crimes);
        // the street files' count base is untouched: nothing is published for Durham here
        assertThat(json.get("totals").get("published").get("crimes").asLong()).isZero();
        assertThat(json.get("totals").get("forceRecords").get("crimes").asLong())
                .isEqualTo(4);
    }

    @Test
    void theStatementAsOneHtmlPage() throws Exception {
        load();
        Run run =
                crs(home, "reconcile", "--force", "durham", "--from", "2019-04", "--to", "2019-07", "--format", "html");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = run.out();
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<h1>Reconciliation: durham, 2019-04 to 2019-07</h1>");
        assertThat(html).containsPattern("Status: <strong>(PASS|ATTENTION|FAIL)</strong>");
        assertThat(html).contains("<table id=\"totals\">", "<table id=\"waterfall\">", "<table id=\"months\">");
        assertThat(html).contains("FORCE_NOT_PUBLISHING", "The force published nothing for that month");
        assertThat(html).contains("<th>2019/20 Q1</th>");
        assertThat(html).doesNotContain("SYNTHETIC");
        Run bad =
                crs(home, "reconcile", "--force", "durham", "--from", "2019-04", "--to", "2019-07", "--format", "xml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--format must be json, csv or html, found 'xml'");
    }
}
