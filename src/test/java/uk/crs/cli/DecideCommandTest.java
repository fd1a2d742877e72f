package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code crs decide} contract: one decision per valid case, in order; exit 2 naming line and field otherwise. */
class DecideCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String shoplifting(String id) {
        return "{\"id\":\"" + id + "\",\"force\":\"durham\",\"offence\":{\"code\":\"46\",\"date\":\"2026-10-01\","
                + "\"valueGbp\":25},\"offender\":{\"age\":34,\"acceptsResponsibility\":true,"
                + "\"appropriateAdultPresent\":false,\"history\":[]},\"victim\":{\"identified\":true,"
                + "\"consulted\":true,\"consents\":true,\"views\":\"wants an apology\"},\"circumstances\":{"
                + "\"domesticAbuse\":false,\"intimatePartner\":false,\"hateAggravated\":false,\"weapon\":false,"
                + "\"injury\":\"NONE\",\"vulnerableVictim\":false,\"childVictim\":false},\"aggravating\":[],"
                + "\"mitigating\":[],\"evidenceSufficient\":true,\"rationale\":\"first offence, goods recovered\"}";
    }

    @TempDir
    @SuppressWarnings("NullAway.Init") // JUnit injects it before each test
    Path dir;

    @Test
    void writesOneDecisionPerCaseInOrderAndExitsZero() throws IOException {
        Path cases = write(shoplifting("a"), shoplifting("b").replace("\"consents\":true", "\"consents\":false"));

        CliRun run = CliRun.of("decide", cases.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> decisions = run.outLines().stream().map(JSON::readTree).toList();
        assertThat(decisions).extracting(d -> d.get("id").stringValue()).containsExactly("a", "b");
        assertThat(decisions)
                .extracting(d -> d.get("outcome").stringValue())
                .containsExactly("PERMITTED", "AUTHORISATION_REQUIRED");
        JsonNode first = decisions.get(0);
        assertThat(first.propertyNames())
                .containsExactly(
                        "id",
                        "outcome",
                        "requiredAuthority",
                        "gravityScore",
                        "offence",
                        "rules",
                        "alternatives",
                        "policy");
        assertThat(first.get("rules").get(0).propertyNames())
                .containsExactly("id", "result", "authority", "explanation", "clause");
        assertThat(first.get("policy").get("id").stringValue()).isEqualTo("national-default");
        assertThat(first.get("policy").get("sha256").stringValue()).hasSize(64);
    }

    @Test
    void refusesAMalformedDecisionDate() throws IOException {
        Path cases = write(shoplifting("a"));

        CliRun run = CliRun.with(Map.of("CRS_TODAY", "tomorrow"), "", "decide", cases.toString());

        assertThat(run.exitCode()).isEqualTo(CrsCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("crs decide: CRS_TODAY must be a date like 2026-11-21, found 'tomorrow'"
                        + System.lineSeparator());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed JSON          | {\"id\": \"bad\", \"force\":                           | malformed JSON",
                "unknown offence code    | \"code\":\"46\"=>\"code\":\"ZZ9\"                     | offence.code: unknown offence code 'ZZ9'",
                "missing force           | \"force\":\"durham\",=>                               | force: missing required field",
                "missing age             | \"age\":34,=>                                         | offender.age: missing required field",
                "negative age            | \"age\":34=>\"age\":-3                                | offender.age: must be between 10",
                "age as text             | \"age\":34=>\"age\":\"thirty\"                        | offender.age: must be a whole number",
                "future offence date     | \"date\":\"2026-10-01\"=>\"date\":\"2027-01-01\"      | offence.date: must not be in the future",
                "impossible date         | \"date\":\"2026-10-01\"=>\"date\":\"2026-02-30\"      | offence.date: must be a date",
                "negative amount         | \"valueGbp\":25=>\"valueGbp\":-5                      | offence.valueGbp: must be 0 or more",
                "unknown force           | \"force\":\"durham\"=>\"force\":\"gotham\"            | force: unknown force 'gotham'",
                "unknown injury          | \"injury\":\"NONE\"=>\"injury\":\"BAD\"              | circumstances.injury: must be one of",
                "unknown disposal        | \"history\":[]=>\"history\":[{\"disposal\":\"FINE\",\"offenceCode\":\"46\",\"date\":\"2025-01-01\"}] | offender.history[0].disposal: must be one of",
                "repeated field          | \"age\":34=>\"age\":34,\"age\":12                    | malformed JSON: Duplicate Object property \"age\"",
                "missing evidence        | \"evidenceSufficient\":true,=>                        | evidenceSufficient: missing required field",
                "unknown offence id      | \"code\":\"46\"=>\"id\":\"no-such-offence\"       | offence.id: unknown offence id 'no-such-offence'",
                "unmatched section       | \"code\":\"46\"=>\"legislation\":\"Theft Act 1968\",\"section\":\"s. 99\" | offence.legislation: no offence in the catalogue under 'Theft Act 1968' section 's. 99'",
                "section without Act     | \"code\":\"46\"=>\"section\":\"1\"                | offence.legislation: required with offence.section",
                "consent unconsulted     | \"consulted\":true,\"consents\":true=>\"consulted\":false,\"consents\":true | victim.consents: contradicts victim.consulted",
                "consulted, no views     | ,\"views\":\"wants an apology\"=>                  | victim.views: required when victim.consulted is true",
                "missing victim          | \"victim\":{\"identified\":true,\"consulted\":true,\"consents\":true,\"views\":\"wants an apology\"},=> | victim: required:",
            })
    void reportsAnInvalidCaseByLineAndFieldAndStillDecidesTheOthers(String name, String edit, String message)
            throws IOException {
        String bad = edit.contains("=>")
                ? shoplifting("bad").replace(edit.split("=>", -1)[0], edit.split("=>", -1)[1])
                : edit;
        assertThat(bad).as("the edit applies").isNotEqualTo(shoplifting("bad"));
        Path cases = write(shoplifting("first"), bad, shoplifting("last"));

        CliRun run = CliRun.of("decide", cases.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 2").contains(message);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).contains("\"id\":\"first\"");
        assertThat(run.outLines().get(1)).contains("\"id\":\"last\"");
    }

    @Test
    void readsOnePrettyPrintedDocument() throws IOException {
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(shoplifting("doc")));
        Path file = dir.resolve("one.json");
        Files.writeString(file, pretty);

        CliRun run = CliRun.of("decide", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).singleElement().asString().contains("\"id\":\"doc\"");
    }

    @Test
    void decidesTheRestWhenTheFirstLineIsBroken() throws IOException {
        Path cases = write("{\"id\": \"broken\",", shoplifting("ok"));

        CliRun run = CliRun.of("decide", cases.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 1").contains("malformed JSON");
        assertThat(run.outLines()).singleElement().asString().contains("\"id\":\"ok\"");
    }

    @Test
    void decidesUnderANamedPolicy() throws IOException {
        Path cases = write(shoplifting("a").replace("\"consents\":true", "\"consents\":false"));

        CliRun run = CliRun.of("decide", "--policy", "cleveland", cases.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"outcome\":\"NOT_PERMITTED\"").contains("\"id\":\"cleveland\"");
    }

    @Test
    void decidesUnderAPolicyFile() throws IOException {
        Path policy = dir.resolve("strict.yaml");
        Files.writeString(
                policy,
                PolicyCommandTest.bundled("national-default.yaml")
                        .replace("id: national-default", "id: strict")
                        .replace("consentRequired: false", "consentRequired: true"));
        Path cases = write(shoplifting("a").replace("\"consents\":true", "\"consents\":false"));

        CliRun run = CliRun.of("decide", "--policy", policy.toString(), cases.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"outcome\":\"NOT_PERMITTED\"").contains("\"id\":\"strict\"");
    }

    @Test
    void rejectsABrokenPolicyFileNamingTheProblem() throws IOException {
        Path policy = dir.resolve("broken.yaml");
        Files.writeString(
                policy, PolicyCommandTest.bundled("national-default.yaml").replace("kind: gravity", "kind: gravitas"));

        CliRun run = CliRun.of(
                "decide", "--policy", policy.toString(), write(shoplifting("a")).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(policy + ": rules[14].kind: unknown rule kind 'gravitas'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void rejectsAnUnknownPolicy() throws IOException {
        CliRun run = CliRun.of(
                "decide", "--policy", "nowhere", write(shoplifting("a")).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--policy: unknown policy 'nowhere'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void rejectsAMissingInputFile() {
        CliRun run = CliRun.of("decide", dir.resolve("missing.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.jsonl: no such file");
    }

    private Path write(String... lines) throws IOException {
        Path file = Files.createTempFile(dir, "cases", ".jsonl");
        Files.write(file, List.of(lines));
        return file;
    }
}
