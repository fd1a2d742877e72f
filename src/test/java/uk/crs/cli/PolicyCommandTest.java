package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code crs policy check}, {@code compare} and {@code list}. */
class PolicyCommandTest {

    @TempDir
    @SuppressWarnings("NullAway.Init") // JUnit injects it before each test
    Path dir;

    static String bundled(String name) throws IOException {
        try (InputStream in = PolicyCommandTest.class.getResourceAsStream("/policy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void acceptsTheBundledPolicies() throws IOException {
        Path national = file("national.yaml", bundled("national-default.yaml"));
        Path cleveland = file("cleveland.yaml", bundled("cleveland.yaml"));

        CliRun run = CliRun.of("policy", "check", national.toString(), cleveland.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("national.yaml: ok (national-default@1.0")
                .contains("cleveland.yaml: ok");
    }

    static Stream<Arguments> brokenPolicies() {
        return Stream.of(
                Arguments.of(
                        "unknown offence code",
                        "offenceCodes: [\"10C\",",
                        "offenceCodes: [\"10Q\",",
                        "rules[6].when.offenceCodes[0]: unknown offence code '10Q'"),
                Arguments.of(
                        "unknown code in matrix",
                        "\"56A\": 4 ",
                        "\"56Q\": 4",
                        "rules[14].adult.byCode.56Q: unknown offence code '56Q'"),
                Arguments.of(
                        "unknown rule kind",
                        "kind: rationale",
                        "kind: reasons",
                        "rules[16].kind: unknown rule kind 'reasons'"),
                Arguments.of("missing id", "id: national-default\n", "", "id: missing required field"),
                Arguments.of(
                        "missing rule clause",
                        "clause: \"C7/R13: record the rationale (NPCC; 2019 matrix steps)\"",
                        "",
                        "rules[16].clause: missing required field"),
                Arguments.of(
                        "ill-typed number",
                        "maxMovement: 1 ",
                        "maxMovement: one",
                        "rules[14].maxMovement: must be a whole number, found 'one'"),
                Arguments.of(
                        "ill-typed boolean",
                        "consentRequired: false",
                        "consentRequired: maybe",
                        "rules[4].consentRequired: must be true or false"),
                Arguments.of(
                        "unknown rank",
                        "overrideRank: SERGEANT",
                        "overrideRank: CONSTABLE",
                        "rules[4].overrideRank: unknown value 'CONSTABLE'"),
                Arguments.of(
                        "unknown field",
                        "underAge: 18",
                        "underAge: 18\n    overAge: 3",
                        "rules[2].overAge: unknown field"),
                Arguments.of(
                        "placeholder without a source",
                        "    source: \"fact sheet R10 is [UNCERTAIN] for community resolutions\"\n",
                        "",
                        "rules[8].source: a placeholder must say where its value comes from"),
                Arguments.of(
                        "a score without a band",
                        "        - {score: 5, effect: BLOCK, meaning: \"normally charge\"}\n",
                        "",
                        "rules[14].child.bands: must list one band for each score from 1 to 5"),
                Arguments.of(
                        "repeated key",
                        "underAge: 18",
                        "underAge: 18\n    underAge: 12",
                        "not valid YAML: Duplicate Object property \"underAge\""),
                Arguments.of(
                        "bad date",
                        "effectiveFrom: 2013-04-01",
                        "effectiveFrom: 2013-13-01",
                        "effectiveFrom: must be a date"),
                Arguments.of(
                        "unknown scope",
                        "scope: national",
                        "scope: gotham",
                        "scope: must be 'national' or a force slug"),
                Arguments.of(
                        "score out of range",
                        "\"8Q\": 4 ",
                        "\"8Q\": 7",
                        "rules[14].adult.byCode.8Q: must be between 1 and 4"),
                Arguments.of(
                        "overlapping period",
                        "version: \"1.0\"",
                        "version: \"2.0\"",
                        "effectiveFrom: the period 2013-04-01 to open for scope national overlaps national-default@1.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPolicies")
    void rejectsAProblemNamingFilePathAndProblem(String name, String from, String to, String message)
            throws IOException {
        String original = bundled("national-default.yaml");
        String changed = original.replace(from, to);
        assertThat(changed).as("the edit applies").isNotEqualTo(original);
        Path policy = file("edited.yaml", changed);

        CliRun run = CliRun.of("policy", "check", policy.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(policy + ": " + message);
    }

    @Test
    void rejectsTwoGivenFilesWhosePeriodsOverlap() throws IOException {
        String kent = bundled("cleveland.yaml")
                .replace("scope: cleveland", "scope: kent")
                .replace("id: cleveland", "id: kent");
        Path a = file("kent-1.yaml", kent);
        // a second policy (another id) for the same force whose period overlaps
        Path b = file(
                "kent-2.yaml",
                kent.replace("id: kent", "id: kent-other")
                        .replace("effectiveFrom: 2013-04-01", "effectiveFrom: 2024-04-01"));

        CliRun run = CliRun.of("policy", "check", a.toString(), b.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("overlaps kent@");
    }

    @Test
    void acceptsALaterVersionThatSupersedesAnOpenEndedOne() throws IOException {
        String kent = bundled("cleveland.yaml")
                .replace("scope: cleveland", "scope: kent")
                .replace("id: cleveland", "id: kent");
        Path a = file("kent-1.yaml", kent);
        Path b = file(
                "kent-2.yaml",
                kent.replace("version: \"1.0\"", "version: \"2.0\"")
                        .replace("effectiveFrom: 2013-04-01", "effectiveFrom: 2024-04-01"));

        CliRun run = CliRun.of("policy", "check", a.toString(), b.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void rejectsTwoVersionsStartingTheSameDay() throws IOException {
        String kent = bundled("cleveland.yaml")
                .replace("scope: cleveland", "scope: kent")
                .replace("id: cleveland", "id: kent");
        Path a = file("kent-1.yaml", kent);
        Path b = file("kent-2.yaml", kent.replace("version: \"1.0\"", "version: \"2.0\""));

        CliRun run = CliRun.of("policy", "check", a.toString(), b.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("overlaps kent@");
    }

    @Test
    void acceptsSuccessivePeriodsForOneForce() throws IOException {
        String kent = bundled("cleveland.yaml")
                .replace("scope: cleveland", "scope: kent")
                .replace("id: cleveland", "id: kent");
        Path a = file(
                "kent-1.yaml",
                kent.replace("effectiveFrom: 2013-04-01", "effectiveFrom: 2013-04-01\neffectiveTo: 2024-03-31"));
        Path b = file(
                "kent-2.yaml",
                kent.replace("version: \"1.0\"", "version: \"2.0\"")
                        .replace("effectiveFrom: 2013-04-01", "effectiveFrom: 2024-04-01"));

        CliRun run = CliRun.of("policy", "check", a.toString(), b.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void comparesTwoPoliciesOnAFileOfCases() throws IOException {
        Path cases = file(
                "cases.jsonl",
                String.join(
                        "\n",
                        List.of(
                                DecideCommandTest.shoplifting("consenting"),
                                DecideCommandTest.shoplifting("objecting")
                                        .replace("\"consents\":true", "\"consents\":false"),
                                DecideCommandTest.shoplifting("objecting-2")
                                        .replace("\"consents\":true", "\"consents\":false"))));

        CliRun run = CliRun.of(
                "policy",
                "compare",
                "--from",
                "national-default",
                "--to",
                "cleveland",
                "--show",
                "1",
                cases.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("cases compared:        3")
                .contains("decisions changed:     2")
                .contains("less permissive:     2")
                .contains("more permissive:     0")
                .contains("objecting: AUTHORISATION_REQUIRED/SERGEANT -> NOT_PERMITTED/NONE")
                .doesNotContain("objecting-2:");
    }

    @Test
    void refusesAMalformedDecisionDateWithoutAStackTrace() throws IOException {
        Path cases = file("cases.jsonl", DecideCommandTest.shoplifting("one"));

        CliRun run = CliRun.with(
                Map.of("CRS_TODAY", "21/11/2026"),
                "",
                "policy",
                "compare",
                "--from",
                "national-default",
                "--to",
                "cleveland",
                cases.toString());

        assertThat(run.exitCode()).isEqualTo(CrsCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("crs policy compare: CRS_TODAY must be a date like 2026-11-21, found '21/11/2026'"
                        + System.lineSeparator());
    }

    @Test
    void listsTheBundledPolicies() {
        CliRun run = CliRun.of("policy", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("national-default@1.0").contains("cleveland@1.0");
    }

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
