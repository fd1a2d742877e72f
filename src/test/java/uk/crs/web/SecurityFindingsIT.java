package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.web.Workflow.ok;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;
import uk.crs.testing.PostgresServer;
import uk.crs.users.Role;
import uk.crs.users.Users;

/** The findings of issue 9's probe, each reproduced against the running application on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityFindingsIT {

    RunningCrs crs;
    ApiClient api;
    RawHttp http;
    Workflow workflow;

    @BeforeAll
    void start() throws Exception {
        PostgresServer pg = PostgresServer.get();
        crs = new RunningCrs(
                pg.createDatabase("security"), pg.user(), pg.password(), Files.createTempDirectory("crs-security"));
        Users users = crs.context.getBean(Users.class);
        users.add("sergeant-cleveland", Role.SERGEANT, "cleveland", RunningCrs.PASSWORD);
        for (String name : List.of("locked-officer", "throttled-a", "throttled-b")) {
            users.add(name, Role.OFFICER, "durham", RunningCrs.PASSWORD);
        }
        api = crs.api;
        http = new RawHttp("http://localhost:" + crs.context.getEnvironment().getProperty("local.server.port"));
        workflow = new Workflow(api);
    }

    @AfterAll
    void stop() {
        if (crs != null) {
            crs.close();
        }
    }

    // --- consent and override (issue 9: a sergeant bypassed the force's consent rule alone) ---

    @Test
    void aForceThatRequiresConsentRefusesAnAgreementWithoutIt() {
        ObjectNode facts = CaseFixtures.permitted();
        facts.put("force", "cleveland");
        ApiClient.Response created = api.post("officer-cleveland", "/api/cases", facts);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("DECIDED");
        String at = "/api/cases/" + created.text("id");

        for (String user : List.of("officer-cleveland", "sergeant-cleveland")) {
            ApiClient.Response refused = api.post(user, at + "/agreement", objecting());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.isProblem("transition-not-allowed")).isTrue();
            assertThat(refused.text("detail")).contains("requires the victim's consent");
        }
        JsonNode stored = ok(api.get("officer-cleveland", at)).json();
        assertThat(stored.path("status").asString()).isEqualTo("DECIDED");
        assertThat(stored.path("authorisations").size()).isZero();
    }

    @Test
    void aSergeantMayNotOverrideTheVictimOnTheirOwnCase() {
        ApiClient.Response created = api.post("sergeant", "/api/cases", CaseFixtures.permitted());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String at = "/api/cases/" + created.text("id");

        ApiClient.Response own = api.post("sergeant", at + "/agreement", objecting());
        assertThat(own.status()).as(own.toString()).isEqualTo(403);
        assertThat(own.isProblem("self-authorisation")).as(own.toString()).isTrue();
        assertThat(ok(api.get("sergeant", at)).text("status")).isEqualTo("DECIDED");

        JsonNode byAnother =
                ok(api.post("sergeant2", at + "/agreement", objecting())).json();
        assertThat(byAnother.path("authorisations").get(0).path("kind").asString())
                .isEqualTo("OVERRIDE");
        assertThat(byAnother.path("authorisations").get(0).path("by").asString())
                .isEqualTo("sergeant2");
    }

    private static Map<String, Object> objecting() {
        return Map.of(
                "offenderAccepts",
                true,
                "victimViews",
                "no, I want them charged",
                "victimConsents",
                false,
                "override",
                Map.of("reasons", "proportionate; the loss was made good"),
                "conditions",
                List.of());
    }

    // --- strict input ---

    @Test
    void unknownFieldsInCommandBodiesAreNamed() {
        String decided = "/api/cases/" + workflow.create(CaseFixtures.permitted());
        Map<String, Object> agreement = new HashMap<>(CaseFixtures.agreement("APOLOGY"));
        agreement.put("notes", "kept verbatim before");
        ApiClient.Response response = api.post("officer", decided + "/agreement", agreement);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("notes");

        String awaiting = "/api/cases/" + workflow.create(CaseFixtures.needsSergeant());
        ApiClient.Response auth = api.post(
                "sergeant",
                awaiting + "/authorisation",
                Map.of("decision", "APPROVE", "rationale", "fine", "Rationale", "x", "approvedBy", "inspector"));
        assertThat(auth.status()).as(auth.toString()).isEqualTo(400);
        assertThat(fields(auth)).containsExactlyInAnyOrder("Rationale", "approvedBy");
        assertThat(ok(api.get("sergeant", awaiting)).text("status")).isEqualTo("AWAITING_AUTHORISATION");
    }

    @Test
    void anUnpairedSurrogateIsRefusedAndNothingIsStored() {
        int cases = crs.count("cases");
        String body = CaseFixtures.permitted().toString().replace("wants an apology", "\\ud800");
        ApiClient.Response response = api.post("officer", "/api/cases", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("victim.views");
        assertThat(crs.count("cases")).isEqualTo(cases);

        String at = "/api/cases/" + workflow.create(CaseFixtures.needsSergeant());
        ApiClient.Response rationale =
                api.post("sergeant", at + "/authorisation", "{\"decision\":\"APPROVE\",\"rationale\":\"ok \\udc00\"}");
        assertThat(rationale.status()).as(rationale.toString()).isEqualTo(400);
        ApiClient.Response control =
                api.post("sergeant", at + "/authorisation", "{\"decision\":\"APPROVE\",\"rationale\":\"ok \\u0000\"}");
        assertThat(control.status()).as(control.toString()).isEqualTo(400);
        // the force's list still answers whole JSON
        assertThat(ok(api.get("officer", "/api/cases")).json().isArray()).isTrue();
    }

    @Test
    void overLongNamesAncientDatesAndHugeAmountsAre400NotServerErrors() {
        ObjectNode longName = CaseFixtures.permitted();
        ((ObjectNode) longName.get("offender")).put("name", "x".repeat(201));
        assertThat(fields(api.post("officer", "/api/cases", longName))).containsExactly("offender.name");

        ObjectNode yearZero = CaseFixtures.permitted();
        ((ObjectNode) yearZero.get("offender")).put("dateOfBirth", "0000-01-01");
        ApiClient.Response ancient = api.post("officer", "/api/cases", yearZero);
        assertThat(ancient.status()).as(ancient.toString()).isEqualTo(400);

        String at = "/api/cases/" + workflow.create(CaseFixtures.permitted());
        String huge = "{\"offenderAccepts\":true,\"victimViews\":\"fine\",\"victimConsents\":true,\"conditions\":["
                + "{\"type\":\"COMPENSATION\",\"detail\":\"x\",\"dueDate\":\"2026-12-01\",\"amountGbp\":1e308}]}";
        ApiClient.Response amount = api.post("officer", at + "/agreement", huge);
        assertThat(amount.status()).as(amount.toString()).isEqualTo(400);
        ApiClient.Response query = api.get("officer", "/api/cases?to=+999999999-12-31");
        assertThat(query.status()).as(query.toString()).isEqualTo(400);
        assertThat(query.isProblem("invalid-request")).isTrue();
    }

    @Test
    void bodiesOverTheLimitAre413AndWildcardContentTypesAre415() throws Exception {
        int cases = crs.count("cases");
        ObjectNode big = CaseFixtures.permitted();
        big.put("rationale", "r".repeat(InputLimits.REQUEST_BYTES));
        var declared = http.send(
                "POST",
                "/api/cases",
                Map.of(
                        "Authorization",
                        RawHttp.basic("officer", RunningCrs.PASSWORD),
                        "Content-Type",
                        "application/json"),
                big.toString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        // streamed without a length: counted as it is read
        HttpResponse<String> streamed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/cases"))
                                .header("Authorization", RawHttp.basic("officer", RunningCrs.PASSWORD))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                                        new ByteArrayInputStream(big.toString().getBytes(StandardCharsets.UTF_8))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(413);

        var wildcard = http.send(
                "POST",
                "/api/cases",
                Map.of("Authorization", RawHttp.basic("officer", RunningCrs.PASSWORD), "Content-Type", "*/*"),
                CaseFixtures.permitted().toString());
        assertThat(wildcard.statusCode()).as(wildcard.body()).isEqualTo(415);
        assertThat(wildcard.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(crs.count("cases")).isEqualTo(cases);
    }

    // --- sign-in, headers, errors ---

    @Test
    void failedSignInsLockTheAccountAndTheLockoutIsAudited() {
        Map<String, String> from = Map.of("X-Forwarded-For", "198.51.100.7");
        List<Integer> real = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            real.add(me("locked-officer", "wrong-" + i, from).statusCode());
            unknown.add(me("no-such-account", "wrong-" + i, from).statusCode());
        }
        assertThat(real).containsExactly(401, 401, 401, 401, 401, 429);
        assertThat(unknown)
                .as("an unknown name is answered exactly like a real one")
                .isEqualTo(real);
        var right = me("locked-officer", RunningCrs.PASSWORD, Map.of("X-Forwarded-For", "198.51.100.8"));
        assertThat(right.statusCode()).as("locked even with the right password").isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.body()).contains("too-many-sign-ins");
        assertThat(crs.sql
                        .sql("SELECT count(*) FROM audit.audit_log WHERE action = 'SIGN_IN_LOCKOUT' AND actor = ?")
                        .param("locked-officer")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void failedSignInsFromOneAddressLockThatAddress() {
        Map<String, String> from = Map.of("X-Forwarded-For", "203.0.113.9");
        for (int i = 0; i < 20; i++) {
            me("guess-" + i, "wrong", from);
        }
        assertThat(me("throttled-a", RunningCrs.PASSWORD, from).statusCode()).isEqualTo(429);
        assertThat(me("throttled-a", RunningCrs.PASSWORD, Map.of("X-Forwarded-For", "203.0.113.10"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aWrongPasswordWithAValidSessionCookieIs401() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        var first = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/users/me"))
                        .header("Authorization", RawHttp.basic("throttled-b", RunningCrs.PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        var wrong = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/users/me"))
                        .header("Authorization", RawHttp.basic("throttled-b", "not-the-password"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        var again = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/users/me"))
                        .header("Authorization", RawHttp.basic("throttled-b", RunningCrs.PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(200);
    }

    @Test
    void answersCarryCspAndReferrerPolicyAndTheSessionCookieIsSameSiteAndSecureBehindTls() {
        var plain = me("officer", RunningCrs.PASSWORD, Map.of());
        assertThat(plain.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(plain.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        String cookie = plain.headers().firstValue("Set-Cookie").orElse("");
        assertThat(cookie).contains("JSESSIONID", "SameSite=Strict", "HttpOnly").doesNotContain("Secure");

        var behindTls = me("officer", RunningCrs.PASSWORD, Map.of("X-Forwarded-Proto", "https"));
        assertThat(behindTls.headers().firstValue("Set-Cookie").orElse("")).contains("Secure", "SameSite=Strict");
    }

    @Test
    void errorPathsAnswerProblemJsonNot500() {
        var error = http.send("GET", "/error", Map.of("Accept", "application/json"), (String) null);
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var browser = http.send("GET", "/error", Map.of("Accept", "text/html"), (String) null);
        assertThat(browser.statusCode()).isEqualTo(404);
        var unknownApi = http.send(
                "GET",
                "/api/nothing-here",
                Map.of("Authorization", RawHttp.basic("officer", RunningCrs.PASSWORD), "Accept", "text/html"),
                (String) null);
        assertThat(unknownApi.statusCode()).isEqualTo(404);
        assertThat(unknownApi.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(crs.context.getBean(AuditLog.class).verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void requestsTomcatRefusesBeforeAnyServletAreProblemJsonNotHtml() throws Exception {
        int port = Integer.parseInt(
                java.util.Objects.requireNonNull(crs.context.getEnvironment().getProperty("local.server.port")));
        for (String request : List.of(
                "GET /api/cases?q=[x]{y}| HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/cases HTTP/1.1\r\nHost: localhost\r\n(bad header): x\r\nConnection: close\r\n\r\n")) {
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).as(request).startsWith("HTTP/1.1 400");
                assertThat(answer)
                        .as(request)
                        .contains("application/problem+json")
                        .doesNotContain("<html");
            }
        }
    }

    private HttpResponse<String> me(String user, String password, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(extra);
        headers.put("Authorization", RawHttp.basic(user, password));
        return http.send("GET", "/api/users/me", headers, (String) null);
    }

    private String base() {
        return "http://localhost:" + crs.context.getEnvironment().getProperty("local.server.port");
    }

    private static List<String> fields(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        List<String> names = new ArrayList<>();
        response.json().path("errors").forEach(e -> names.add(e.path("field").asString()));
        return names;
    }
}
