package uk.crs.analytics.report;

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
import tools.jackson.databind.json.JsonMapper;
import uk.crs.analytics.AnalyticsFixtures.Run;
import uk.crs.analytics.ReferenceCounts;
import uk.crs.cli.CrsCommand;

/** The report command on real sample data: the JSON contract, CSV and HTML outputs, suppression and bad options. */
class ReportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path BBC = resource("counts/bbc-sample.csv");
    private static final String BBC_COLUMNS =
            "year=Year,count=f0_,force=reported_by,crimeType=crime_type,outcome=last_outcome_category";

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path home;

    @Test
    void jsonReportHasTheContractFieldsWithSharesAsFractions() throws Exception {
        crs(home, "ingest", resource("police-uk/national-2024/2024-01").toString());

        JsonNode report = JSON.readTree(crs(home, "report", "--format", "json", "--from", "2024-01", "--to", "2024-01")
                .out());

        assertThat(report.get("source").asString()).isEqualTo("police-uk");
        assertThat(report.get("period").get("from").asString()).isEqualTo("2024-01");
        assertThat(report.get("period").get("to").asString()).isEqualTo("2024-01");
        List<String> national = names(report.get("national"));
        assertThat(national)
                .containsExactly("crimes", "pending", "communityResolutions", "shareOfCrimes", "shareOfAssigned");
        JsonNode force = report.get("forces").get(0);
        assertThat(names(force))
                .contains(
                        "force",
                        "slug",
                        "crimes",
                        "pending",
                        "communityResolutions",
                        "shareOfCrimes",
                        "shareOfAssigned",
                        "shareOfCrimesCi95",
                        "shareOfAssignedCi95",
                        "ci95",
                        "funnel",
                        "outcomeData");
        for (String table : List.of("years", "crimeTypes", "forceYears", "forceCrimeTypes")) {
            assertThat(report.get(table).isArray()).as(table).isTrue();
            assertThat(report.get(table).size()).as(table).isPositive();
        }
        assertThat(report.get("national").get("shareOfAssigned").asDouble()).isBetween(0.0, 1.0);
        // Coverage first: one entry per force, with "no file loaded" and "publishes no outcomes" told apart.
        java.util.Map<String, JsonNode> coverage = new java.util.HashMap<>();
        report.get("coverage").forEach(c -> coverage.put(c.get("slug").asString(), c));
        assertThat(java.util.Objects.requireNonNull(coverage.get("bedfordshire"))
                        .get("state")
                        .asString())
                .isEqualTo("OUTCOMES_LOADED");
        assertThat(java.util.Objects.requireNonNull(coverage.get("bedfordshire"))
                        .get("months")
                        .get(0)
                        .asString())
                .isEqualTo("2024-01");
        assertThat(java.util.Objects.requireNonNull(coverage.get("btp"))
                        .get("state")
                        .asString())
                .isEqualTo("PUBLISHES_NO_OUTCOMES");
        assertThat(java.util.Objects.requireNonNull(coverage.get("durham"))
                        .get("state")
                        .asString())
                .isEqualTo("NO_FILE_LOADED");
        assertThat(java.util.Objects.requireNonNull(coverage.get("durham"))
                        .get("months")
                        .size())
                .isZero();
        // Serious-offence flags by crime type, nationally and per force, with the drugs caveat.
        JsonNode flags = report.get("seriousOffenceFlags");
        assertThat(flags.get(0).get("crimeType").asString()).isEqualTo("Possession of weapons");
        assertThat(flags.get(2).get("caveat").asString()).contains("possession and supply are not separated");
        assertThat(flags.get(1).get("lines").get(0).get("crimeType").asString())
                .isEqualTo("Violence and sexual offences");
        // Each share has its own interval, around that share.
        for (JsonNode f : report.get("forces")) {
            if (f.get("outcomeData").asBoolean()) {
                assertThat(f.get("shareOfCrimes").asDouble())
                        .isBetween(
                                f.get("shareOfCrimesCi95").get(0).asDouble(),
                                f.get("shareOfCrimesCi95").get(1).asDouble());
                assertThat(f.get("shareOfAssigned").asDouble())
                        .isBetween(
                                f.get("shareOfAssignedCi95").get(0).asDouble(),
                                f.get("shareOfAssignedCi95").get(1).asDouble());
                assertThat(f.get("ci95")).isEqualTo(f.get("shareOfAssignedCi95"));
            }
        }
        // Open data are not suppressed: small counts (City of London's 2 CRs) are numbers.
        for (JsonNode f : report.get("forces")) {
            assertThat(f.get("communityResolutions").isNumber())
                    .as(f.toString())
                    .isTrue();
        }
    }

    @Test
    void countsTableWithOldMacLineEndsLoadsAndMatchesAnIndependentSum() throws Exception {
        Run ingest = crs(home, "ingest", "--format", "counts", "--columns", BBC_COLUMNS, BBC.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        JsonNode national = JSON.readTree(crs(home, "report", "--source", "counts", "--format", "json")
                        .out())
                .get("national");

        ReferenceCounts expected = ReferenceCounts.counts(BBC, "last_outcome_category", "f0_");
        assertThat(ingest.out()).contains(expected.rows() + " rows loaded");
        assertThat(national.get("crimes").asLong()).isEqualTo(expected.crimes());
        assertThat(national.get("pending").asLong()).isEqualTo(expected.pending());
        assertThat(national.get("communityResolutions").asLong()).isEqualTo(expected.communityResolutions());
    }

    @Test
    void openDataReportsShowSmallCountsAndSayWhyWhileSuppressWithholdsThem() throws Exception {
        crs(home, "ingest", "--format", "counts", "--columns", BBC_COLUMNS, BBC.toString());

        String csv = crs(home, "report", "--source", "counts", "--format", "csv", "--suppress")
                .out();
        String open =
                crs(home, "report", "--source", "counts", "--format", "csv").out();
        String html = crs(home, "report", "--source", "counts").out();
        String json = crs(home, "report", "--source", "counts", "--format", "json", "--suppress")
                .out();

        assertThat(csv).contains("<10").contains("[c]");
        assertThat(open).doesNotContain("<10").doesNotContain("[c]");
        assertThat(json).contains("\"<10\"");
        assertThat(html)
                .contains("Disclosure: counts are shown in full")
                .contains("published record by record")
                .doesNotContain("<td>&lt;10</td>");
        for (String line : csv.lines().toList()) {
            for (String cell : line.split(",")) {
                if (cell.matches("[1-9]")) {
                    assertThat(line).as("a count under 10 is published").doesNotStartWith("FORCE_CRIME_TYPE,Kent");
                }
            }
        }
    }

    @Test
    void htmlReportIsOneSelfContainedPageWithChartsAndMethods() throws Exception {
        crs(home, "ingest", resource("police-uk/national-2024/2024-01").toString());
        Path out = home.resolve("report.html");

        Run run = crs(home, "report", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(crs(home, "report", "--suppress").out()).contains("&lt;10");
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<h2>Methods</h2>")
                .contains("Funnel plot");
        assertThat(html.split("<svg", -1).length - 1).isGreaterThanOrEqualTo(3);
        assertThat(html)
                .doesNotContain("src=\"http")
                .doesNotContain("href=\"http")
                .doesNotContain("<script");
        assertThat(html).contains("British Transport Police").contains("no outcome data");
        assertThat(html.indexOf("<h2>Coverage</h2>")).isLessThan(html.indexOf("Funnel plot"));
        assertThat(html).contains("the force publishes no outcomes").contains("no file loaded");
        assertThat(html)
                .contains("Community resolutions in serious crime types")
                .contains("Possession of weapons");
        assertThat(html).contains("<title>Community resolutions: All forces with data loaded, 2024-01 to 2024-01");
        assertThat(html).doesNotContain("ABOVE_").doesNotContain("BELOW_").doesNotContain(">WITHIN<");
        assertThat(html).doesNotContainPattern("(\\d+\\.\\d+%) to \\1<");
        assertThat(crs(home, "report", "--force", "bedfordshire").out())
                .contains("<h1>Community resolutions: Bedfordshire Police, 2024-01 to 2024-01");
    }

    @Test
    void homeOfficeReportFlagsCommunityResolutionsForOffencesReservedForFormalAction() throws Exception {
        crs(home, "ingest", resource("home-office").toString());

        JsonNode report = JSON.readTree(crs(home, "report", "--source", "home-office", "--format", "json")
                .out());

        // Hand-made sample: type 8 / types 1-22 = (120 + 3 + 300 + 12 + 250) / (2515 - 140 pending).
        assertThat(report.get("national").get("shareOfAssigned").asDouble()).isEqualTo(685.0 / 2375);
        List<String> flagged = new ArrayList<>();
        report.get("offences").forEach(o -> {
            if (o.get("flagged").asBoolean()) {
                flagged.add(o.get("offenceCode").asString());
            }
        });
        assertThat(flagged).containsExactlyInAnyOrder("10D", "20A");
    }

    @Test
    void forcesAreComparedOverTheirCommonPeriodUnlessAllIsAskedForAndTheReportSaysWhich() throws Exception {
        // City of London: 2016-01 and 2024-01; Bedfordshire: 2024-01; BTP publishes no outcomes.
        crs(home, "ingest", resource("police-uk/city-of-london-2016").toString());
        crs(home, "ingest", resource("police-uk/national-2024/2024-01").toString());

        JsonNode common = JSON.readTree(crs(home, "report", "--format", "json").out());
        assertThat(common.get("period").get("mode").asString()).isEqualTo("common");
        assertThat(common.get("period").get("from").asString()).isEqualTo("2024-01");
        assertThat(common.get("period").get("to").asString()).isEqualTo("2024-01");
        assertThat(common.get("period").get("note").asString()).contains("every one of the 2 forces with outcome data");
        assertThat(common.get("years")).hasSize(1);
        JsonNode all = JSON.readTree(
                crs(home, "report", "--format", "json", "--period", "all").out());
        assertThat(all.get("period").get("mode").asString()).isEqualTo("all");
        assertThat(all.get("period").get("from").asString()).isEqualTo("2016-01");
        assertThat(all.get("years")).hasSize(2);
        assertThat(all.get("national").get("crimes").asLong())
                .isGreaterThan(common.get("national").get("crimes").asLong());

        String html = crs(home, "report").out();
        assertThat(html).contains("2024-01 to 2024-01, common period").contains("Period: the common period");
        String csv = crs(home, "report", "--format", "csv").out();
        assertThat(csv)
                .contains("NOTE,\"Disclosure: counts are shown in full")
                .contains("NOTE,\"Period: the common period");
        Run bad = crs(home, "report", "--period", "some");
        assertThat(bad.exitCode()).isEqualTo(CrsCommand.BAD_INPUT);
        assertThat(bad.err()).contains("--period must be common or all, found 'some'");
    }

    @Test
    void refusesBadOptionsWithExitCodeTwo() {
        assertThat(crs(home, "report", "--from", "2024-13").err()).contains("--from must be YYYY-MM");
        assertThat(crs(home, "report", "--force", "atlantis").exitCode()).isEqualTo(CrsCommand.BAD_INPUT);
        assertThat(crs(home, "report", "--source", "gossip").exitCode()).isEqualTo(CrsCommand.BAD_INPUT);
        assertThat(crs(home, "report").err()).contains("run crs ingest first");
        crs(
                home,
                "ingest",
                resource("police-uk/national-2024/2024-01/2024-01-btp-street.csv")
                        .toString());
        Run nowhere = crs(
                home, "report", "--out", home.resolve("no-such-folder/r.html").toString());
        assertThat(nowhere.exitCode()).isEqualTo(CrsCommand.BAD_INPUT);
        assertThat(nowhere.err())
                .contains("the folder " + home.resolve("no-such-folder") + " does not exist")
                .doesNotContain("NoSuchFile");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
