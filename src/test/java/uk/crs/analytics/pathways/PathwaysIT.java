package uk.crs.analytics.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.analytics.AnalyticsFixtures.crs;
import static uk.crs.analytics.AnalyticsFixtures.resource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.crs.analytics.AnalyticsFixtures.Run;

/**
 * {@code crs pathways} on a small hand-written Durham extract and the Home Office sample table: volumes and shares per
 * source, month and offence group, the sources never added together, and each conformance rule finding its records.
 * The expected figures are counted by hand from the rows below.
 */
class PathwaysIT {

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path home;

    private static final String HEADER = "crime_ref,person_ref,force,offence_date,recorded_date,ho_offence_code,"
            + "crime_type,outcome_type,outcome_date,age\n";

    private static String row(String ref, String code, String type, String outcome, String date, int age) {
        String crimeType = code.equals("46") ? "Shoplifting" : "Violence and sexual offences";
        return ref + ",P-" + ref + ",Durham Constabulary,2019-03-01,2019-03-02," + code + "," + crimeType + ","
                + outcome + "," + date + "," + age + "\n";
    }

    private JsonNode pathways(String... extra) throws Exception {
        String extract = HEADER
                // April 2019, violence against the person (105A): three CRs and a charge; 14 is not a pathway
                + row("D1", "105A", "", "8", "2019-04-10", 30)
                + row("D2", "105A", "", "8", "2019-04-11", 31)
                + row("D3", "105A", "", "8", "2019-04-12", 32)
                + row("D4", "105A", "", "1", "2019-04-13", 33)
                + row("D5", "105A", "", "14", "2019-04-14", 34)
                // April 2019, theft (46): a youth caution for a 19-year-old, outcome 23 for a 20-year-old
                + row("D6", "46", "", "2", "2019-04-20", 19)
                + row("D7", "46", "", "23", "2019-04-21", 20)
                // March 2019: outcome 22 before it existed; May 2019: an outcome dated before the offence? no
                + row("D8", "46", "", "22", "2019-03-25", 15)
                + row("D9", "46", "", "1A", "2019-05-02", 40);
        Path file = home.resolve("durham.csv");
        Files.writeString(file, extract, StandardCharsets.UTF_8);
        Run ingest = crs(home, "ingest", "--format", "force-records", file.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        List<String> args = new ArrayList<>(
                List.of("pathways", "--internal", "--force", "durham", "--from", "2019-03", "--to", "2019-06"));
        args.addAll(List.of(extra));
        Run run = crs(home, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode section(JsonNode json, String source) {
        for (JsonNode s : json.get("sections")) {
            if (s.get("source").asString().equals(source)) {
                return s;
            }
        }
        throw new AssertionError("no section " + source + " in " + json);
    }

    private static String rows(JsonNode section) {
        StringBuilder out = new StringBuilder();
        for (JsonNode r : section.get("rows")) {
            out.append(r.get("period").asString())
                    .append(' ')
                    .append(r.get("offenceGroup").asString())
                    .append(' ')
                    .append(r.get("outcomeType").asInt())
                    .append(' ')
                    .append(r.get("volume").asLong())
                    .append(' ')
                    .append(r.get("share").asDouble())
                    .append('\n');
        }
        return out.toString();
    }

    @Test
    void theForceRecordsGiveVolumesAndSharesPerMonthAndOffenceGroupAndTheRulesFindTheirRecords() throws Exception {
        JsonNode json = pathways();
        assertThat(rows(section(json, "FORCE_RECORDS")))
                .isEqualTo(
                        """
                        2019-03 Theft offences 22 1 1.0
                        2019-04 Theft offences 2 1 0.5
                        2019-04 Theft offences 23 1 0.5
                        2019-04 Violence against the person 1 1 0.25
                        2019-04 Violence against the person 8 3 0.75
                        2019-05 Theft offences 1 1 1.0
                        """);
        // the nine definitions with the date each began and its source
        assertThat(json.get("definitions")).hasSize(9);
        assertThat(json.get("definitions").get(7).get("began").asString()).isEqualTo("1 April 2019");
        // no case store here: said, not silently left out
        assertThat(json.get("crsCases").asString()).startsWith("not shown: ");
        List<String> findings = new ArrayList<>();
        for (JsonNode f : json.get("conformance").get("findings")) {
            findings.add(f.get("rule").asString() + " " + f.get("reference").asString());
        }
        assertThat(findings)
                .containsExactly(
                        "outcome-before-it-began D8",
                        "youth-caution-for-an-adult D6",
                        "deferred-prosecution-for-an-adult D7");
        for (JsonNode rule : json.get("conformance").get("rules")) {
            assertThat(rule.get("source").asString()).as(rule.toString()).isNotBlank();
            if (rule.get("id").asString().equals("failed-deferred-prosecution-closed-as-22")) {
                assertThat(rule.get("appliesTo").asString()).isEqualTo("NOT_CHECKED");
                assertThat(rule.get("why").asString()).startsWith("not checked:");
            }
        }
        assertThat(json.get("note").asString()).contains("never add the sources together");
    }

    @Test
    void aHomeOfficeTableIsItsOwnSectionOnItsOwnCountBasisNeverAddedToTheRecords() throws Exception {
        Run ho = crs(home, "ingest", resource("home-office/outcomes-sample.csv").toString());
        assertThat(ho.exitCode()).as(ho.err()).isZero();
        JsonNode json = pathways();
        JsonNode table = section(json, "HOME_OFFICE");
        assertThat(table.get("countBasis").asString()).contains("Force outcomes for offences recorded in quarter");
        // 2019/20 Q1, Durham, violence against the person: 120 CRs and 200 charges (0 is not a pathway)
        assertThat(rows(table)).contains("2019/20 Q1 Violence against the person 1 200 0.625\n");
        assertThat(rows(table)).contains("2019/20 Q1 Violence against the person 8 120 0.375\n");
        // the force's own records are unchanged by the table
        assertThat(rows(section(json, "FORCE_RECORDS"))).contains("2019-04 Violence against the person 8 3 0.75\n");
    }

    @Test
    void badOptionsAreNamedWithExit2() {
        Run force = crs(home, "pathways", "--force", "atlantis", "--from", "2019-03", "--to", "2019-06");
        assertThat(force.exitCode()).isEqualTo(2);
        assertThat(force.err()).contains("--force: no force 'atlantis'");
        Run month = crs(home, "pathways", "--force", "durham", "--from", "2019-13", "--to", "2019-06");
        assertThat(month.exitCode()).isEqualTo(2);
        assertThat(month.err()).contains("--from must be a month YYYY-MM, found '2019-13'");
        Run empty = crs(home, "pathways", "--force", "durham", "--from", "2019-03", "--to", "2019-06");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("no analytics store");
    }
}
