package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.web.Workflow.ok;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;
import uk.crs.testing.PostgresServer;

/**
 * The bad-input corpus (issue 9: the probe's 533 inputs found 25 answered 500 and several stored): over 300 requests
 * in the probe's categories against every write endpoint and the search. Every one must be answered 4xx (400, 404,
 * 413 or 415 as the case may be) as problem+json, and nothing may be written: the case tables hold the same rows
 * afterwards, the cases are in the states they were, and the audit chain verifies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIT {

    private static final String HOLE = "\"@@BAD@@\"";

    /** Bad text, as raw JSON values: surrogates, control characters, lengths, wrong types. */
    private static final List<String> BAD_TEXT = List.of(
            "\"\\ud800\"",
            "\"tail \\udfff\"",
            "\"\\udc00\\ud800 reversed pair\"",
            "\"nul \\u0000 inside\"",
            "\"bell \\u0007\"",
            "\"escape \\u001b[31m red\"",
            "\"next line \\u0085\"",
            "\"" + "x".repeat(4_001) + "\"",
            "\"" + "é".repeat(100_000) + "\"",
            "42",
            "true",
            "{\"text\":\"nested\"}",
            "[\"a\"]");

    private static final List<String> BAD_DATES = List.of(
            "\"0000-01-01\"",
            "\"-0001-01-01\"",
            "\"+999999999-12-31\"",
            "\"1899-12-31\"",
            "\"2101-01-01\"",
            "\"2026-02-30\"",
            "\"01/10/2026\"",
            "20261001");

    private static final List<String> BAD_NUMBERS = List.of(
            "1e308", "-1e308", "9223372036854775808", "18446744073709551616", "1e-400", "0.0000001", "\"25\"", "NaN");

    private static final List<String> BAD_AMOUNTS =
            List.of("1e308", "9223372036854775808", "100000.01", "0.001", "-5", "0", "\"25.00\"", "1e3000", "null");

    RunningCrs crs;
    RawHttp http;
    String decided;
    String awaiting;
    String agreed;

    @BeforeAll
    void start() throws Exception {
        PostgresServer pg = PostgresServer.get();
        crs = new RunningCrs(
                pg.createDatabase("corpus"), pg.user(), pg.password(), Files.createTempDirectory("crs-corpus"));
        http = new RawHttp("http://localhost:" + crs.context.getEnvironment().getProperty("local.server.port"));
        Workflow workflow = new Workflow(crs.api);
        decided = "/api/cases/" + workflow.create(CaseFixtures.permitted());
        awaiting = "/api/cases/" + workflow.create(CaseFixtures.needsSergeant());
        agreed = "/api/cases/" + workflow.create(CaseFixtures.permitted());
        ok(crs.api.post("officer", agreed + "/agreement", CaseFixtures.agreement("APOLOGY", "COMPENSATION")));
    }

    @AfterAll
    void stop() {
        if (crs != null) {
            crs.close();
        }
    }

    @Test
    void noBadInputIsAServerErrorOrWritesAnything() {
        List<Probe> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        Map<String, Integer> before = counts();
        Map<String, String> states = states();

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        for (Probe probe : corpus) {
            HttpResponse<String> answer = probe.send(http);
            int status = answer.statusCode();
            byStatus.merge(status, 1, Integer::sum);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (status < 400 || status >= 500 || !type.startsWith("application/problem+json")) {
                failures.add(probe.name() + " -> " + status + " " + type + " "
                        + answer.body().substring(0, Math.min(200, answer.body().length())));
            }
        }
        assertThat(failures)
                .as("probes not answered 4xx problem+json (answers by status: %s)", byStatus)
                .isEmpty();
        assertThat(counts()).as("rows in the case tables").isEqualTo(before);
        assertThat(states()).as("the cases' states").isEqualTo(states);
        assertThat(crs.context.getBean(AuditLog.class).verify()).isInstanceOf(Verification.Intact.class);
        assertThat(ok(crs.api.get("officer", "/api/cases")).json().size()).isEqualTo(3);
    }

    private List<Probe> corpus() {
        List<Probe> corpus = new ArrayList<>();
        // case facts: each text field, date, number and type in turn
        for (String field : List.of(
                "offender.name", "offender.contact", "victim.name", "victim.contact", "victim.views", "rationale")) {
            for (String bad : BAD_TEXT) {
                corpus.add(create(field + " = " + clip(bad), field, bad));
            }
        }
        for (String field : List.of("offender.dateOfBirth", "offence.date")) {
            for (String bad : BAD_DATES) {
                corpus.add(create(field + " = " + bad, field, bad));
            }
        }
        for (String field : List.of("offender.age", "offence.valueGbp")) {
            for (String bad : BAD_NUMBERS) {
                corpus.add(create(field + " = " + bad, field, bad));
            }
        }
        for (String field : List.of(
                "offender.acceptsResponsibility", "victim.consents", "evidenceSufficient", "offence.code", "force")) {
            for (String bad : List.of("\"yes\"", "1", "[]", "{}")) {
                corpus.add(create(field + " wrong type " + bad, field, bad));
            }
        }
        for (String field : List.of("offender.history", "aggravating", "mitigating")) {
            corpus.add(create(field + " with 101 items", field, array(101, "\"planned\"")));
            corpus.add(create(field + " with 10000 items", field, array(10_000, "0")));
        }
        corpus.add(create("nested 40 deep", "rationale", "[".repeat(40) + "]".repeat(40)));
        corpus.add(create("a property name with a NUL", "offender", "{\"na\\u0000me\":\"x\"}"));
        corpus.add(create("a property name of 100 characters", "victim", "{\"" + "k".repeat(100) + "\":1}"));
        corpus.add(create("offender is text", "offender", "\"Jamie\""));
        corpus.add(create("offence is null", "offence", "null"));

        // malformed bodies on each write endpoint
        List<String> malformed = List.of(
                "{",
                "[]",
                "null",
                "42",
                "\"text\"",
                "{\"a\":}",
                "{} trailing",
                "{\"a\":1,}",
                "\u00ef\u00bb\u00bf{}",
                "");
        for (String path : List.of(
                "/api/cases",
                awaiting + "/authorisation",
                decided + "/agreement",
                agreed + "/conditions/1/outcome",
                agreed + "/close",
                decided + "/withdraw")) {
            for (String body : malformed) {
                corpus.add(
                        new Probe("malformed " + clip(body) + " to " + path, "POST", path, "application/json", body));
            }
            for (String type : List.of(
                    "*/*",
                    "text/plain",
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "application/*",
                    "application/jsonx",
                    "multipart/form-data; boundary=x")) {
                corpus.add(new Probe(
                        "Content-Type " + type + " to " + path,
                        "POST",
                        path,
                        type,
                        CaseFixtures.permitted().toString()));
            }
            corpus.add(new Probe(
                    "300 KiB body to " + path,
                    "POST",
                    path,
                    "application/json",
                    "{\"rationale\":\"" + "r".repeat(300 * 1024) + "\"}"));
            corpus.add(new Probe(
                    "5-million-element array to " + path,
                    "POST",
                    path,
                    "application/json",
                    "{\"junk\":" + array(5_000_000, "0") + "}"));
        }

        // authorisation
        Map<String, String> authorisation = Map.of("decision", "\"APPROVE\"", "rationale", "\"proportionate\"");
        for (String bad : BAD_TEXT) {
            corpus.add(command(
                    "rationale = " + clip(bad),
                    "sergeant",
                    awaiting + "/authorisation",
                    authorisation,
                    "rationale",
                    bad));
        }
        for (String bad : List.of("\"approve\"", "\"YES\"", "true", "null", "[\"APPROVE\"]")) {
            corpus.add(command(
                    "decision = " + bad, "sergeant", awaiting + "/authorisation", authorisation, "decision", bad));
        }
        for (String unknown : List.of("approvedBy", "Rationale", "notes", "rank")) {
            corpus.add(command(
                    "unknown " + unknown, "sergeant", awaiting + "/authorisation", authorisation, unknown, "\"x\""));
        }
        corpus.add(
                command("version = 1e308", "sergeant", awaiting + "/authorisation", authorisation, "version", "1e308"));

        // agreement
        Map<String, String> agreement = Map.of(
                "offenderAccepts", "true",
                "victimViews", "\"an apology\"",
                "victimConsents", "true",
                "conditions", "[" + HOLE + "]");
        String condition = "{\"type\":\"APOLOGY\",\"detail\":\"letter\",\"dueDate\":\"2026-12-01\"}";
        for (String bad : BAD_TEXT) {
            corpus.add(command(
                    "victimViews = " + clip(bad),
                    "officer",
                    decided + "/agreement",
                    withCondition(agreement, condition),
                    "victimViews",
                    bad));
            corpus.add(conditionProbe(
                    "detail = " + clip(bad),
                    "{\"type\":\"APOLOGY\",\"detail\":" + bad + ",\"dueDate\":\"2026-12-01\"}"));
            corpus.add(command(
                    "override.reasons = " + clip(bad),
                    "sergeant2",
                    decided + "/agreement",
                    Map.of(
                            "offenderAccepts",
                            "true",
                            "victimViews",
                            "\"no\"",
                            "victimConsents",
                            "false",
                            "conditions",
                            "[]",
                            "override",
                            HOLE),
                    "override",
                    "{\"reasons\":" + bad + "}"));
        }
        for (String bad : BAD_AMOUNTS) {
            corpus.add(conditionProbe(
                    "amountGbp = " + bad,
                    "{\"type\":\"COMPENSATION\",\"detail\":\"x\",\"dueDate\":\"2026-12-01\",\"amountGbp\":" + bad
                            + "}"));
        }
        for (String bad : BAD_DATES) {
            corpus.add(conditionProbe(
                    "dueDate = " + bad, "{\"type\":\"APOLOGY\",\"detail\":\"x\",\"dueDate\":" + bad + "}"));
        }
        for (String bad : List.of("\"apology\"", "\"CAUTION\"", "null", "7")) {
            corpus.add(conditionProbe(
                    "type = " + bad, "{\"type\":" + bad + ",\"detail\":\"x\",\"dueDate\":\"2026-12-01\"}"));
        }
        corpus.add(conditionProbe(
                "unknown condition field",
                "{\"type\":\"APOLOGY\",\"detail\":\"x\",\"dueDate\":\"2026-12-01\",\"owner\":\"me\"}"));
        corpus.add(conditionProbe(
                "amount on an apology",
                "{\"type\":\"APOLOGY\",\"detail\":\"x\",\"dueDate\":\"2026-12-01\",\"amountGbp\":5}"));
        corpus.add(new Probe(
                "21 conditions",
                "POST",
                decided + "/agreement",
                "application/json",
                "{\"offenderAccepts\":true,\"victimViews\":\"ok\",\"victimConsents\":true,\"conditions\":"
                        + array(21, condition) + "}",
                "officer"));
        corpus.add(new Probe(
                "10000 conditions",
                "POST",
                decided + "/agreement",
                "application/json",
                "{\"offenderAccepts\":true,\"victimViews\":\"ok\",\"victimConsents\":true,\"conditions\":"
                        + array(10_000, "{}") + "}",
                "officer"));
        for (String unknown : List.of("notes", "offender", "victimconsents", "conditionsExtra")) {
            corpus.add(command(
                    "agreement unknown " + unknown,
                    "officer",
                    decided + "/agreement",
                    withCondition(agreement, condition),
                    unknown,
                    "\"x\""));
        }
        for (String field : List.of("offenderAccepts", "victimConsents")) {
            for (String bad : List.of("\"true\"", "1", "null")) {
                corpus.add(command(
                        "agreement " + field + " = " + bad,
                        "officer",
                        decided + "/agreement",
                        withCondition(agreement, condition),
                        field,
                        bad));
            }
        }

        // condition outcome, close, withdraw
        Map<String, String> outcome = Map.of("outcome", "\"COMPLETED\"", "evidence", "\"letter seen\"");
        for (String bad : BAD_TEXT) {
            corpus.add(command(
                    "evidence = " + clip(bad), "officer", agreed + "/conditions/1/outcome", outcome, "evidence", bad));
            corpus.add(command(
                    "reason = " + clip(bad),
                    "officer",
                    decided + "/withdraw",
                    Map.of("reason", "\"changed\""),
                    "reason",
                    bad));
        }
        for (String bad : List.of("\"completed\"", "\"WITHDRAWN\"", "null", "1")) {
            corpus.add(
                    command("outcome = " + bad, "officer", agreed + "/conditions/1/outcome", outcome, "outcome", bad));
            corpus.add(command(
                    "close outcome = " + bad,
                    "officer",
                    agreed + "/close",
                    Map.of("outcome", "\"COMPLETED\"", "victimInformed", "true"),
                    "outcome",
                    bad));
        }
        for (String bad : List.of("\"yes\"", "null", "0")) {
            corpus.add(command(
                    "victimInformed = " + bad,
                    "officer",
                    agreed + "/close",
                    Map.of("outcome", "\"COMPLETED\"", "victimInformed", "true"),
                    "victimInformed",
                    bad));
        }
        corpus.add(command(
                "close unknown field",
                "officer",
                agreed + "/close",
                Map.of("outcome", "\"COMPLETED\"", "victimInformed", "true"),
                "homeOfficeOutcome",
                "1"));
        corpus.add(
                command("outcome unknown field", "officer", agreed + "/conditions/1/outcome", outcome, "by", "\"x\""));
        corpus.add(command(
                "withdraw unknown field",
                "officer",
                decided + "/withdraw",
                Map.of("reason", "\"changed\""),
                "status",
                "\"WITHDRAWN\""));

        // paths and query parameters
        for (String path : List.of(
                "/api/cases/not-a-case/agreement",
                agreed + "/conditions/abc/outcome",
                agreed + "/conditions/99999999999/outcome",
                agreed + "/conditions/-1/outcome",
                "/api/cases/" + "9".repeat(300) + "/close")) {
            corpus.add(new Probe(
                    "path " + clip(path),
                    "POST",
                    path,
                    "application/json",
                    "{\"outcome\":\"COMPLETED\",\"evidence\":\"x\"}"));
        }
        for (String query : List.of(
                "to=+999999999-12-31",
                "from=0000-01-01",
                "from=-0001-01-01",
                "to=2026-13-01",
                "from=2026-02-30",
                "to=1899-12-31",
                "limit=-1",
                "limit=0",
                "limit=1001",
                "limit=99999999999",
                "limit=abc",
                "status=FOO",
                "status=decided",
                "from=%00",
                "force=cleveland")) {
            corpus.add(new Probe("GET ?" + query, "GET", "/api/cases?" + query, null, null));
        }
        for (String path : List.of(
                "/api/cases/not-a-case",
                "/api/cases/" + "9".repeat(300) + "/audit",
                "/api/people/nobody/disclosure?level=secret")) {
            corpus.add(new Probe("GET " + clip(path), "GET", path, null, null));
        }
        return corpus;
    }

    private Probe create(String name, String field, String bad) {
        ObjectNode facts = CaseFixtures.permitted();
        String[] parts = field.split("\\.");
        ObjectNode parent = facts;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        parent.put(parts[parts.length - 1], "@@BAD@@");
        return new Probe(
                "create: " + name,
                "POST",
                "/api/cases",
                "application/json",
                facts.toString().replace(HOLE, bad));
    }

    private Probe command(String name, String user, String path, Map<String, String> base, String field, String bad) {
        Map<String, String> fields = new LinkedHashMap<>(base);
        fields.put(field, bad);
        StringBuilder body = new StringBuilder("{");
        fields.forEach((k, v) -> body.append(body.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
        return new Probe(
                name, "POST", path, "application/json", body.append('}').toString(), user);
    }

    private Probe conditionProbe(String name, String conditionJson) {
        return new Probe(
                "condition " + name,
                "POST",
                decided + "/agreement",
                "application/json",
                "{\"offenderAccepts\":true,\"victimViews\":\"ok\",\"victimConsents\":true,\"conditions\":["
                        + conditionJson + "]}",
                "officer");
    }

    private static Map<String, String> withCondition(Map<String, String> agreement, String condition) {
        Map<String, String> filled = new LinkedHashMap<>(agreement);
        filled.put("conditions", "[" + condition + "]");
        return filled;
    }

    private static String array(int size, String item) {
        StringBuilder out = new StringBuilder(size * (item.length() + 1) + 2).append('[');
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "" : ",").append(item);
        }
        return out.append(']').toString();
    }

    private static String clip(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : List.of(
                "cases",
                "case_people",
                "case_conditions",
                "case_authorisations",
                "case_disclosure_marks",
                "user_account")) {
            counts.put(table, crs.count(table));
        }
        return counts;
    }

    private Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        crs.sql
                .sql("SELECT id, status, version, victim_views FROM cases ORDER BY id")
                .query((rs, n) ->
                        states.put(rs.getString(1), rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getString(4)))
                .list();
        return states;
    }

    /** One request of the corpus. */
    private record Probe(
            String name, String method, String path, @Nullable String contentType, @Nullable String body, String user) {

        Probe(String name, String method, String path, @Nullable String contentType, @Nullable String body) {
            this(name, method, path, contentType, body, "officer");
        }

        HttpResponse<String> send(RawHttp http) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", RawHttp.basic(user, RunningCrs.PASSWORD));
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return http.send(method, path, headers, body);
        }
    }
}
