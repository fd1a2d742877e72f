package uk.crs.analytics.records;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.analytics.AnalyticsFixtures.crs;
import static uk.crs.analytics.AnalyticsFixtures.resource;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.crs.analytics.AnalyticsFixtures.Run;

/**
 * A force extract built from a real data.police.uk street file (Bedfordshire, 2024-01) reconciles to zero; perturbed,
 * each perturbation is found under its reason code and every cell's waterfall adds up to its difference.
 */
class ReconciliationIT {

    private static final Path STREET = resource("police-uk/bedfordshire-2023/2024-01/2024-01-bedfordshire-street.csv");

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path home;

    /** The published rows: Crime ID, crime type, last outcome (crimes only, not anti-social behaviour). */
    private static List<String[]> published() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(STREET, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                if (!r.get("Crime type").equals("Anti-social behaviour")) {
                    rows.add(new String[] {r.get("Crime ID"), r.get("Crime type"), r.get("Last outcome category")});
                }
            }
        }
        return rows;
    }

    private static String line(int i, String id, String type, String outcome, String outcomeDate) {
        return "BD/24/" + i + ",P" + i + ",Bedfordshire Police,2024-01-03,2024-01-05,000," + type + "," + outcome + ","
                + outcomeDate + "," + id + "\n";
    }

    private JsonNode reconcile(String extract) throws Exception {
        Path file = home.resolve("extract-" + extract.hashCode() + ".csv");
        Files.writeString(file, extract, StandardCharsets.UTF_8);
        Path fresh = home.resolve("h" + extract.hashCode());
        assertThat(crs(fresh, "ingest", STREET.toString()).exitCode()).isZero();
        Run ingest = crs(fresh, "ingest", "--format", "force-records", file.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Run run = crs(fresh, "reconcile", "--force", "bedfordshire", "--from", "2024-01", "--to", "2024-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        for (JsonNode cell : json.get("cells")) {
            long crimes = 0;
            long crs = 0;
            for (JsonNode reason : cell.get("reasons")) {
                crimes += reason.get("crimes").asLong();
                crs += reason.get("communityResolutions").asLong();
            }
            assertThat(crimes)
                    .as(cell.toString())
                    .isEqualTo(cell.get("difference").get("crimes").asLong());
            assertThat(crs)
                    .as(cell.toString())
                    .isEqualTo(
                            cell.get("difference").get("communityResolutions").asLong());
        }
        return json;
    }

    private static Map<String, long[]> reasons(JsonNode json, String crimeType) {
        Map<String, long[]> reasons = new HashMap<>();
        for (JsonNode cell : json.get("cells")) {
            if (cell.get("crimeType").asString().equals(crimeType)) {
                for (JsonNode r : cell.get("reasons")) {
                    reasons.put(r.get("code").asString(), new long[] {
                        r.get("crimes").asLong(), r.get("communityResolutions").asLong()
                    });
                }
            }
        }
        return reasons;
    }

    @Test
    void anExtractMatchingThePublishedFileReconcilesToZeroAndPerturbationsFindTheirReasons() throws Exception {
        List<String[]> rows = published();
        // Reference computation, straight from the file: crimes and "Local resolution" by crime type.
        Map<String, long[]> reference = new HashMap<>();
        for (String[] r : rows) {
            long[] c = reference.computeIfAbsent(r[1], k -> new long[2]);
            c[0]++;
            c[1] += r[2].equals("Local resolution") ? 1 : 0;
        }
        String header = "crime_ref,person_ref,force,offence_date,recorded_date,ho_offence_code,crime_type,outcome_type,"
                + "outcome_date,police_uk_id\n";
        StringBuilder exact = new StringBuilder(header);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            boolean pending = r[2].equals("Under investigation") || r[2].equals("Status update unavailable");
            String outcome = r[2].equals("Local resolution") ? "8" : pending ? "" : "14";
            exact.append(line(i, r[0], r[1], outcome, outcome.isEmpty() ? "" : "2024-01-20"));
        }
        JsonNode zero = reconcile(exact.toString());
        assertThat(zero.get("status").asString()).isEqualTo("PASS");
        assertThat(zero.get("totals").get("difference").get("crimes").asLong()).isZero();
        assertThat(zero.get("totals")
                        .get("difference")
                        .get("communityResolutions")
                        .asLong())
                .isZero();
        for (JsonNode cell : zero.get("cells")) {
            long[] expected = java.util.Objects.requireNonNull(
                    reference.get(cell.get("crimeType").asString()));
            assertThat(cell.get("published").get("crimes").asLong()).isEqualTo(expected[0]);
            assertThat(cell.get("forceRecords").get("communityResolutions").asLong())
                    .isEqualTo(expected[1]);
        }

        // Perturb: remove 3 CRs of one type, give 2 pending crimes a CR dated after the vintage, retype 4 shoplifting.
        StringBuilder perturbed = new StringBuilder(header);
        int removed = 0;
        int moved = 0;
        int retyped = 0;
        String removedType = reference.entrySet().stream()
                .filter(e -> !e.getKey().equals("Shoplifting") && !e.getKey().equals("Violence and sexual offences"))
                .max(Map.Entry.comparingByValue((x, y) -> Long.compare(x[1], y[1])))
                .orElseThrow()
                .getKey();
        long removedFromShoplifting = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            boolean pending = r[2].equals("Under investigation") || r[2].equals("Status update unavailable");
            String outcome = r[2].equals("Local resolution") ? "8" : pending ? "" : "14";
            String date = outcome.isEmpty() ? "" : "2024-01-20";
            String type = r[1];
            if (outcome.equals("8") && removed < 3 && removedType.equals(type)) {
                removedType = type;
                removed++;
                continue;
            }
            if (pending && moved < 2 && type.equals("Violence and sexual offences")) {
                outcome = "8";
                date = "2024-03-15";
                moved++;
            } else if (type.equals("Shoplifting") && retyped < 4) {
                type = "Other theft";
                removedFromShoplifting += outcome.equals("8") ? 1 : 0;
                retyped++;
            }
            perturbed.append(line(i, r[0], type, outcome, date));
        }
        assertThat(removed).isEqualTo(3);
        JsonNode json = reconcile(perturbed.toString());

        assertThat(reasons(json, removedType).get("UNEXPLAINED")).containsExactly(-3, -3);
        assertThat(reasons(json, "Violence and sexual offences").get("OUTCOME_AFTER_VINTAGE"))
                .containsExactly(0, 2);
        assertThat(reasons(json, "Shoplifting").get("CRIME_TYPE_DIFFERS")).containsExactly(-4, -removedFromShoplifting);
        assertThat(reasons(json, "Other theft").get("CRIME_TYPE_DIFFERS")).containsExactly(4, removedFromShoplifting);
        assertThat(json.get("totals").get("difference").get("crimes").asLong()).isEqualTo(-3);
        assertThat(json.get("totals")
                        .get("difference")
                        .get("communityResolutions")
                        .asLong())
                .isEqualTo(-1);
        assertThat(json.get("toCheck")).hasSize(3);
        assertThat(json.get("status").asString()).isEqualTo("ATTENTION");
    }
}
