package uk.crs.analytics.reoffending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.crs.analytics.AnalyticsFixtures.crs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.crs.analytics.AnalyticsFixtures.Run;

/**
 * Re-offending the Ministry of Justice way, on a hand-written extract whose expected values are worked out by hand
 * below (and intervals by a separate implementation of the formulas in this test).
 */
class ReoffendingIT {

    static final String HEADER = "crime_ref,person_ref,force,offence_date,recorded_date,ho_offence_code,crime_type,"
            + "outcome_type,outcome_date,age,sex,ethnicity\n";

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path home;

    private int crimes;

    private String row(String person, String offence, String outcome, String outcomeDate) {
        return row(person, offence, outcome, outcomeDate, 17, "M", "Shoplifting");
    }

    private String row(
            String person, String offence, String outcome, String outcomeDate, int age, String sex, String type) {
        crimes++;
        return "DU/" + crimes + "," + person + ",Durham Constabulary," + offence + "," + offence + ",046," + type + ","
                + outcome + "," + outcomeDate + "," + age + "," + sex + ",\n";
    }

    /** Index period 2023-01; every index date is in January 2023. */
    private String windowEdges() {
        return HEADER
                // A: index CR 2023-01-15; a caution later in January for an earlier offence is not the index.
                + row("A", "2023-01-02", "8", "2023-01-15")
                + row("A", "2022-12-20", "3", "2023-01-20")
                // committed in month 11, resolved in month 17 (charge): counts, proven and sanctioned.
                + row("A", "2023-12-10", "1", "2024-06-10")
                // B: committed in month 13: does not count.
                + row("B", "2023-01-02", "8", "2023-01-15")
                + row("B", "2024-02-10", "1", "2024-03-01")
                // C: resolved in month 19: does not count.
                + row("C", "2023-01-02", "8", "2023-01-15")
                + row("C", "2023-03-01", "1", "2024-08-10")
                // D: re-offence dealt with by a CR: sanctioned, not proven.
                + row("D", "2023-01-02", "8", "2023-01-10")
                + row("D", "2023-02-01", "8", "2023-03-01")
                // E: index caution; two proven re-offences.
                + row("E", "2023-01-01", "3", "2023-01-05")
                + row("E", "2023-02-01", "2", "2023-04-01")
                + row("E", "2023-05-01", "1", "2023-06-01")
                // F: disposals outside the period only; G: no disposal (outcome 14); neither is in the cohort.
                + row("F", "2022-12-01", "8", "2022-12-31")
                + row("F", "2023-01-25", "8", "2023-02-01")
                + row("G", "2023-01-01", "14", "2023-01-20")
                // H: an offence on the index date itself is not after it.
                + row("H", "2023-01-02", "8", "2023-01-15")
                + row("H", "2023-01-15", "1", "2023-02-15")
                // the extract runs to 2024-08-31
                + row("Z", "2024-08-31", "", "");
    }

    private Run ingest(String text) throws Exception {
        Path file = home.resolve("extract-" + crimes + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Run run = crs(home, "ingest", "--format", "force-records", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    /** Wilson score interval, written out here independently of the production code. */
    static double[] wilson(double x, double n) {
        double z = 1.959963984540054;
        double p = x / n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator;
        return new double[] {centre - half, centre + half};
    }

    @Test
    void countsReoffencesInsideTheWindowOnlyWithBothMeasuresLabelledApart() throws Exception {
        ingest(windowEdges());
        Run run = crs(home, "reoffending", "--internal", "--from", "2023-01", "--to", "2023-01", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("INTERNAL: true counts");
        Run published = crs(home, "reoffending", "--from", "2023-01", "--to", "2023-01", "--format", "json");
        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.out()).contains("cell key method").doesNotContain("INTERNAL");
        Run comparison =
                crs(home, "reoffending", "--from", "2023-01", "--to", "2023-01", "--compare", "8", "--with", "3");
        assertThat(comparison.exitCode()).isEqualTo(2);
        assertThat(comparison.err()).contains("add --internal");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("period").get("from").asString()).isEqualTo("2023-01");
        assertThat(json.get("asAt").asString()).isEqualTo("2024-08-31");
        assertThat(json.get("caveat").asString()).contains("not an effect");
        JsonNode pathways = json.get("pathways");
        assertThat(pathways).hasSize(2);

        JsonNode caution = pathways.get(0);
        assertThat(caution.get("outcomeType").asInt()).isEqualTo(3);
        assertThat(caution.get("people").asInt()).isEqualTo(1); // E
        assertThat(caution.get("proven").get("reoffenders").asInt()).isEqualTo(1);
        assertThat(caution.get("reoffencesPer100").asDouble()).isEqualTo(200.0);

        JsonNode cr = pathways.get(1);
        assertThat(cr.get("outcomeType").asInt()).isEqualTo(8);
        assertThat(cr.get("people").asInt()).isEqualTo(5); // A, B, C, D, H (A's index is its CR, not its caution)
        assertThat(cr.get("proven").get("reoffenders").asInt()).isEqualTo(1); // A only
        assertThat(cr.get("proven").get("rate").asDouble()).isEqualTo(0.2);
        assertThat(cr.get("sanctioned").get("reoffenders").asInt()).isEqualTo(2); // A and D
        assertThat(cr.get("sanctioned").get("rate").asDouble()).isEqualTo(0.4);
        assertThat(cr.get("reoffencesPer100").asDouble()).isEqualTo(20.0);
        double[] ci = wilson(1, 5);
        assertThat(cr.get("proven").get("ci95").get(0).asDouble()).isCloseTo(ci[0], within(1e-12));
        assertThat(cr.get("proven").get("ci95").get(1).asDouble()).isCloseTo(ci[1], within(1e-12));
        assertThat(ci[0]).isCloseTo(0.0362, within(1e-4)); // Newcombe 1998, Table I style check: 1/5

        Run text = crs(home, "reoffending", "--internal", "--from", "2023-01", "--to", "2023-01");
        assertThat(text.out())
                .contains("proven", "sanctioned", "not comparable with the Ministry of Justice", "not an effect");
    }

    @Test
    void refusesACohortThatHasNotMaturedAndSaysWhenItWill() throws Exception {
        ingest(windowEdges());
        Run run = crs(home, "reoffending", "--from", "2023-01", "--to", "2023-03");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("matures on 2024-09-30", "2024-08-31");
        Run asserted = crs(home, "reoffending", "--from", "2023-01", "--to", "2023-03", "--as-at", "2024-09-30");
        assertThat(asserted.exitCode()).as(asserted.err()).isZero();
        Run compare = crs(
                home,
                "reoffending",
                "--internal",
                "--from",
                "2023-01",
                "--to",
                "2023-03",
                "--compare",
                "8",
                "--with",
                "3");
        assertThat(compare.exitCode()).isEqualTo(2);
        assertThat(compare.err()).contains("has not matured", "matures on 2024-09-30");
    }

    @Test
    void refusesComparisonsThatCannotBeReadAsEffects() throws Exception {
        ingest(windowEdges());
        assertRefused("arms under 60 people", "--compare", "8", "--with", "3");
        assertRefused("completers with non-completers", "--compare", "8-completed", "--with", "8-failed");
        assertRefused("compared with itself", "--compare", "8", "--with", "8");
        assertRefused("national average", "--compare", "8", "--with", "national");
        assertRefused("not a disposal pathway", "--compare", "8", "--with", "14");
    }

    private void assertRefused(String reason, String... compare) {
        String[] args = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("reoffending", "--internal", "--from", "2023-01", "--to", "2023-01"),
                        java.util.stream.Stream.of(compare))
                .toArray(String[]::new);
        Run run = crs(home, args);
        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains(reason);
    }

    @Test
    void comparesTwoPathwaysOnExactlyMatchedPeople() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        // Stratum X (17, M, Shoplifting, no previous disposal): 70 CRs and 70 cautions, all matched.
        // CR arm: 14 proven re-offenders, 7 more sanctioned only; caution arm: 21 proven re-offenders.
        for (int i = 0; i < 70; i++) {
            text.append(row("CR" + i, "2023-01-02", "8", "2023-01-15"));
            if (i < 14) {
                text.append(row("CR" + i, "2023-03-01", "1", "2023-04-01"));
            } else if (i < 21) {
                text.append(row("CR" + i, "2023-03-01", "8", "2023-04-01"));
            }
            text.append(row("CA" + i, "2023-01-02", "3", "2023-01-15"));
            if (i < 21) {
                text.append(row("CA" + i, "2023-03-01", "1", "2023-04-01"));
            }
        }
        // Unmatched: 15 CRs of women aged 30 for drugs, 12 cautions of men aged 40 for burglary.
        for (int i = 0; i < 15; i++) {
            text.append(row("CRW" + i, "2023-01-02", "8", "2023-01-15", 30, "F", "Drugs"));
        }
        for (int i = 0; i < 12; i++) {
            text.append(row("CAM" + i, "2023-01-02", "3", "2023-01-15", 40, "M", "Burglary"));
        }
        text.append(row("Z", "2024-08-31", "", ""));
        ingest(text.toString());

        Run run = crs(
                home,
                "reoffending",
                "--internal",
                "--from",
                "2023-01",
                "--to",
                "2023-01",
                "--compare",
                "8",
                "--with",
                "3",
                "--format",
                "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("method").asString()).startsWith("exact matching");
        assertThat(json.get("people").get("compare").get("before").asInt()).isEqualTo(85);
        assertThat(json.get("people").get("compare").get("matched").asInt()).isEqualTo(70);
        assertThat(json.get("people").get("with").get("before").asInt()).isEqualTo(82);
        assertThat(json.get("people").get("with").get("matched").asInt()).isEqualTo(70);
        for (JsonNode b : json.get("balance")) {
            assertThat(b.get("smdAfter").asDouble()).isZero();
        }
        // Before matching, the share of 10-17 year olds: 70/85 against 70/82.
        double p1 = 70.0 / 85;
        double p2 = 70.0 / 82;
        double smd = Math.abs(p1 - p2) / Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / 2);
        assertThat(json.get("balance").get(0).get("smdBefore").asDouble()).isGreaterThanOrEqualTo(smd - 1e-12);

        JsonNode proven = json.get("proven");
        assertThat(proven.get("compareRate").asDouble()).isEqualTo(0.2);
        assertThat(proven.get("withRate").asDouble()).isEqualTo(0.3);
        assertThat(proven.get("riskDifference").asDouble()).isCloseTo(-0.1, within(1e-12));
        double[] w1 = wilson(14, 70);
        double[] w2 = wilson(21, 70);
        double low = -0.1 - Math.sqrt(Math.pow(0.2 - w1[0], 2) + Math.pow(w2[1] - 0.3, 2));
        double high = -0.1 + Math.sqrt(Math.pow(w1[1] - 0.2, 2) + Math.pow(0.3 - w2[0], 2));
        assertThat(proven.get("riskDifferenceCi95").get(0).asDouble()).isCloseTo(low, within(1e-12));
        assertThat(proven.get("riskDifferenceCi95").get(1).asDouble()).isCloseTo(high, within(1e-12));
        double se = Math.sqrt(1.0 / 14 - 1.0 / 70 + 1.0 / 21 - 1.0 / 70);
        assertThat(proven.get("riskRatio").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(proven.get("riskRatioCi95").get(0).asDouble())
                .isCloseTo(2.0 / 3 * Math.exp(-1.959963984540054 * se), within(1e-12));
        JsonNode sanctioned = json.get("sanctioned");
        assertThat(sanctioned.get("compareRate").asDouble()).isEqualTo(0.3);
        assertThat(sanctioned.get("riskDifference").asDouble()).isZero();
        assertThat(json.get("caveat").asString()).contains("not an effect");
    }
}
