package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static uk.crs.web.Workflow.ok;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;
import uk.crs.cases.CaseAction;
import uk.crs.cases.Transition;
import uk.crs.cases.Transitions;
import uk.crs.users.Role;

/** The case workflow over REST, run against each case store by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CaseWorkflowContract {

    RunningCrs crs;
    ApiClient api;
    Workflow workflow;

    /** JDBC URL, user and password of a fresh, empty case store. */
    abstract String[] store();

    @BeforeAll
    void start() throws java.io.IOException {
        Path home = java.nio.file.Files.createTempDirectory("crs-cases");
        String[] store = store();
        crs = new RunningCrs(store[0], store[1], store[2], home);
        api = crs.api;
        workflow = new Workflow(api);
    }

    @AfterAll
    void stop() {
        if (crs != null) {
            crs.close();
        }
    }

    @Test
    void takesACaseThroughItsWholeLifecycle() {
        ApiClient.Response created = api.post("officer", "/api/cases", CaseFixtures.needsInspector());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.path("status").asString()).isEqualTo("AWAITING_AUTHORISATION");
        assertThat(body.path("version").asInt()).isEqualTo(1);
        assertThat(body.path("decision").path("outcome").asString()).isEqualTo("AUTHORISATION_REQUIRED");
        assertThat(body.path("decision").path("requiredAuthority").asString()).isEqualTo("INSPECTOR");
        assertThat(body.path("decision").path("policy").path("sha256").asString())
                .hasSize(64);
        String at = "/api/cases/" + body.path("id").asString();

        ApiClient.Response bySergeant =
                api.post("sergeant", at + "/authorisation", Map.of("decision", "APPROVE", "rationale", "fine"));
        assertThat(bySergeant.status()).isEqualTo(403);
        assertThat(bySergeant.isProblem("insufficient-rank"))
                .as(bySergeant.toString())
                .isTrue();

        JsonNode approved = ok(api.post(
                        "inspector", at + "/authorisation", Map.of("decision", "APPROVE", "rationale", "remorseful")))
                .json();
        assertThat(approved.path("status").asString()).isEqualTo("DECIDED");
        assertThat(approved.path("authorisations").get(0).path("by").asString()).isEqualTo("inspector");

        JsonNode agreed = ok(api.post(
                        "officer", at + "/agreement", CaseFixtures.agreement("APOLOGY", "COMPENSATION"), "\"2\""))
                .json();
        assertThat(agreed.path("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.path("agreement").path("victimViews").asString())
                .isEqualTo("I want an apology and the £25.50 back");
        assertThat(agreed.path("conditions").get(1).path("amountGbp").decimalValue())
                .isEqualByComparingTo("25.50");

        ApiClient.Response tooEarly =
                api.post("officer", at + "/close", Map.of("outcome", "COMPLETED", "victimInformed", true));
        assertThat(tooEarly.isProblem("transition-not-allowed"))
                .as(tooEarly.toString())
                .isTrue();

        ok(api.post("officer", at + "/conditions/1/outcome", Map.of("outcome", "COMPLETED", "evidence", "letter")));
        ok(api.post("officer", at + "/conditions/2/outcome", Map.of("outcome", "COMPLETED", "evidence", "receipt")));
        JsonNode closed = ok(api.post("officer", at + "/close", Map.of("outcome", "COMPLETED", "victimInformed", true)))
                .json();
        assertThat(closed.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(closed.path("version").asInt()).isEqualTo(6);
        assertThat(closed.path("closure").path("homeOfficeOutcome").asInt()).isEqualTo(8);
        assertThat(closed.path("closure").path("victimInformed").asBoolean()).isTrue();

        List<String> trail = new ArrayList<>();
        ok(api.get("auditor", at + "/audit"))
                .json()
                .forEach(e -> trail.add(
                        e.path("action").asString() + ":" + e.path("result").asString()));
        assertThat(trail)
                .containsSubsequence(
                        "CREATE:ACCEPTED",
                        "AUTHORISE:INSUFFICIENT_RANK",
                        "AUTHORISE:ACCEPTED",
                        "AGREE:ACCEPTED",
                        "CLOSE:TRANSITION_NOT_ALLOWED",
                        "RECORD_OUTCOME:ACCEPTED",
                        "RECORD_OUTCOME:ACCEPTED",
                        "CLOSE:ACCEPTED");
        assertThat(crs.context.getBean(AuditLog.class).verify()).isInstanceOf(Verification.Intact.class);
    }

    /** Every role against every transition of the table: the allowed succeed, the rest get 403 problem+json. */
    @TestFactory
    List<DynamicTest> everyRoleAgainstEveryTransition() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Transition t : Transitions.all()) {
            for (Role role : Role.values()) {
                String name = role + " " + t.action() + " " + t.from() + " -> " + t.to()
                        + (t.allows(role) ? " succeeds" : " is forbidden");
                tests.add(dynamicTest(name, () -> {
                    String id = t.action() == CaseAction.CREATE ? "" : workflow.caseReadyFor(t);
                    ApiClient.Response response =
                            workflow.take(t, java.util.Objects.requireNonNull(Workflow.ACTING.get(role)), id);
                    if (t.allows(role)) {
                        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
                        assertThat(response.text("status")).isEqualTo(t.to().name());
                    } else {
                        assertThat(response.status()).as(response.toString()).isEqualTo(403);
                        assertThat(response.isProblem("forbidden"))
                                .as(response.toString())
                                .isTrue();
                    }
                }));
            }
        }
        return tests;
    }

    @Test
    void refusesAuthorisationByTheOfficerWhoCreatedTheCase() {
        ApiClient.Response created = api.post("sergeant", "/api/cases", CaseFixtures.needsSergeant());
        String at = "/api/cases/" + created.text("id");
        ApiClient.Response self =
                api.post("sergeant", at + "/authorisation", Map.of("decision", "APPROVE", "rationale", "mine"));
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.isProblem("self-authorisation")).as(self.toString()).isTrue();
        assertThat(ok(api.get("sergeant2", at)).text("status")).isEqualTo("AWAITING_AUTHORISATION");
        ok(api.post("sergeant2", at + "/authorisation", Map.of("decision", "APPROVE", "rationale", "fine")));
    }

    @Test
    void refusesAnOverrideOfTheVictimByAnOfficer() {
        String id = workflow.create(CaseFixtures.permitted());
        Map<String, Object> overridden = Map.of(
                "offenderAccepts",
                true,
                "victimViews",
                "no, I want them charged",
                "victimConsents",
                false,
                "override",
                Map.of("reasons", "proportionate; the victim's loss was made good"),
                "conditions",
                List.of());
        ApiClient.Response byOfficer = api.post("officer", "/api/cases/" + id + "/agreement", overridden);
        assertThat(byOfficer.isProblem("insufficient-rank"))
                .as(byOfficer.toString())
                .isTrue();
        JsonNode bySergeant = ok(api.post("sergeant", "/api/cases/" + id + "/agreement", overridden))
                .json();
        assertThat(bySergeant.path("authorisations").get(0).path("kind").asString())
                .isEqualTo("OVERRIDE");
    }

    @Test
    void letsExactlyOneOfTwoInspectorsAuthoriseTheSameCase() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String at = "/api/cases/" + workflow.create(CaseFixtures.needsInspector());
                ok(api.get("inspector", at));
                ok(api.get("inspector2", at));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<ApiClient.Response>> answers = new ArrayList<>();
                for (String inspector : List.of("inspector", "inspector2")) {
                    answers.add(pool.submit(() -> {
                        together.await();
                        return api.post(
                                inspector,
                                at + "/authorisation",
                                Map.of("decision", "APPROVE", "rationale", "by " + inspector),
                                "\"1\"");
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<ApiClient.Response> f : answers) {
                    statuses.add(f.get().status());
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                JsonNode stored = ok(api.get("inspector", at)).json();
                assertThat(stored.path("version").asInt()).isEqualTo(2);
                assertThat(stored.path("authorisations").size()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void answersAStaleVersionWithConflict() {
        String at = "/api/cases/" + workflow.create(CaseFixtures.permitted());
        ApiClient.Response stale = api.post("officer", at + "/agreement", CaseFixtures.agreement("APOLOGY"), "\"7\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem("conflict")).as(stale.toString()).isTrue();
        assertThat(ok(api.get("officer", at)).text("status")).isEqualTo("DECIDED");
    }

    @Test
    void rejectsInvalidCaseFactsNamingEveryFieldAndWritingNoRow() {
        int cases = crs.count("cases");
        int people = crs.count("case_people");
        var facts = CaseFixtures.permitted();
        ((tools.jackson.databind.node.ObjectNode) facts.get("offender"))
                .remove(List.of("name"))
                .put("dateOfBirth", "17/04/1992")
                .put("age", -3);
        ((tools.jackson.databind.node.ObjectNode) facts.get("offence")).put("code", "ZZ9");
        ApiClient.Response response = api.post("officer", "/api/cases", facts);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem("invalid-request"))
                .as(response.toString())
                .isTrue();
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).contains("offender.name", "offender.dateOfBirth", "offender.age", "offence.code");
        assertThat(api.post("officer", "/api/cases", "{not json").isProblem("invalid-request"))
                .isTrue();
        assertThat(crs.count("cases")).isEqualTo(cases);
        assertThat(crs.count("case_people")).isEqualTo(people);
    }

    @Test
    void rejectsAnInvalidAgreementNamingTheFieldsAndLeavingTheCaseAsItWas() {
        String at = "/api/cases/" + workflow.create(CaseFixtures.permitted());
        Map<String, Object> bad = Map.of(
                "offenderAccepts",
                "yes",
                "victimConsents",
                true,
                "conditions",
                List.of(
                        Map.of("type", "APOLOGY", "detail", "letter", "amountGbp", 5),
                        Map.of("type", "COMPENSATION", "detail", "money", "dueDate", "2026-12-01"),
                        Map.of("type", "FLOGGING", "detail", "no", "dueDate", "2026-12-01")));
        ApiClient.Response response = api.post("officer", at + "/agreement", bad);
        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields)
                .contains(
                        "offenderAccepts",
                        "victimViews",
                        "conditions[0].dueDate",
                        "conditions[0].amountGbp",
                        "conditions[1].amountGbp",
                        "conditions[2].type");
        JsonNode stored = ok(api.get("officer", at)).json();
        assertThat(stored.path("version").asInt()).isEqualTo(1);
        assertThat(stored.path("conditions").size()).isZero();
        assertThat(crs.sql
                        .sql("SELECT count(*) FROM case_conditions WHERE case_id = ?")
                        .param(stored.path("id").asString())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void hidesOtherForcesCasesAndAnswersProblemsForAuthentication() {
        String at = "/api/cases/" + workflow.create(CaseFixtures.permitted());
        ApiClient.Response otherForce = api.get("officer-cleveland", at);
        assertThat(otherForce.status()).isEqualTo(404);
        assertThat(otherForce.isProblem("not-found")).isTrue();
        assertThat(api.post("officer-cleveland", at + "/withdraw", Map.of("reason", "x"))
                        .status())
                .isEqualTo(404);
        ApiClient.Response anonymous = api.get(null, at);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem("unauthenticated"))
                .as(anonymous.toString())
                .isTrue();
        assertThat(anonymous.json().path("instance").asString()).isEqualTo(at);
        assertThat(anonymous.json().has("properties")).as(anonymous.toString()).isFalse();
        assertThat(api.get("officer", "/api/cases?force=cleveland").isProblem("forbidden"))
                .isTrue();
        JsonNode listed = ok(api.get("officer", "/api/cases?status=DECIDED&from=2000-01-01"))
                .json();
        assertThat(listed.size()).isPositive();
        listed.forEach(c -> assertThat(c.path("status").asString()).isEqualTo("DECIDED"));
        assertThat(api.get("officer-cleveland", "/api/cases").json().size()).isZero();
        // the force picks the policy, so an officer may not record a case for another force
        ApiClient.Response elsewhere =
                api.post("officer", "/api/cases", CaseFixtures.permitted().put("force", "cleveland"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.json().path("errors").get(0).path("field").asString())
                .isEqualTo("force");
    }

    @Test
    void publishesAnOpenApiDocumentNamingEveryEndpointWithoutSigningIn() {
        ApiClient.Response docs = api.get(null, "/v3/api-docs");

        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/cases",
                        "/api/cases/{id}",
                        "/api/cases/{id}/authorisation",
                        "/api/cases/{id}/agreement",
                        "/api/cases/{id}/conditions/{conditionId}/outcome",
                        "/api/cases/{id}/close",
                        "/api/cases/{id}/withdraw",
                        "/api/cases/{id}/audit",
                        "/api/audit/verify",
                        "/api/people/{ref}/disclosure");
    }

    @Test
    void disclosesACommunityResolutionOnlyOnEnhancedChecksAfterAnInspectorMarksIt() {
        String id = workflow.create(CaseFixtures.permitted());
        ok(api.post("officer", "/api/cases/" + id + "/agreement", CaseFixtures.agreement("APOLOGY")));
        String ref = ok(api.get("officer", "/api/cases/" + id)).text("offenderRef");
        String check = "/api/people/" + ref + "/disclosure?level=";
        assertThat(ok(api.get("officer", check + "enhanced"))
                        .json()
                        .path("communityResolutions")
                        .size())
                .isZero();
        ApiClient.Response bySergeant =
                api.post("sergeant", "/api/cases/" + id + "/disclosure-relevance", Map.of("reason", "safeguarding"));
        assertThat(bySergeant.isProblem("insufficient-rank"))
                .as(bySergeant.toString())
                .isTrue();
        ok(api.post(
                "inspector",
                "/api/cases/" + id + "/disclosure-relevance",
                Map.of("reason", "relevant to work with vulnerable adults")));
        for (String level : List.of("basic", "standard")) {
            assertThat(ok(api.get("officer", check + level))
                            .json()
                            .path("communityResolutions")
                            .size())
                    .isZero();
        }
        JsonNode enhanced = ok(api.get("officer", check + "enhanced")).json().path("communityResolutions");
        assertThat(enhanced.size()).isEqualTo(1);
        assertThat(enhanced.get(0).path("caseId").asString()).isEqualTo(id);
        assertThat(enhanced.get(0).path("reason").asString()).isEqualTo("relevant to work with vulnerable adults");
    }

    @Test
    void keepsNamesOnlyInThePeopleTableAndServesThemToPoliceRoles() {
        String id = workflow.create(CaseFixtures.permitted());
        JsonNode byOfficer = ok(api.get("officer", "/api/cases/" + id)).json();
        assertThat(byOfficer.path("offender").path("name").asString()).isEqualTo(CaseFixtures.OFFENDER_NAME);
        assertThat(byOfficer.path("victim").path("contact").asString()).isEqualTo(CaseFixtures.VICTIM_CONTACT);
        assertThat(ok(api.get("analyst", "/api/cases/" + id)).body()).doesNotContain(CaseFixtures.OFFENDER_NAME);
        List<String> analystColumns = crs.sql
                .sql("SELECT * FROM case_records_pseudonymous WHERE id = ?")
                .param(id)
                .query((rs, n) -> {
                    List<String> names = new ArrayList<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        names.add(rs.getMetaData().getColumnLabel(c).toLowerCase(java.util.Locale.ROOT));
                    }
                    return names;
                })
                .single();
        assertThat(analystColumns)
                .contains("offender_ref", "victim_ref")
                .doesNotContain("name", "contact", "date_of_birth", "facts_json", "victim_views");
        String stored = crs.sql
                .sql("SELECT facts_json || decision_json FROM cases WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(stored)
                .doesNotContain(
                        CaseFixtures.OFFENDER_NAME,
                        CaseFixtures.VICTIM_NAME,
                        "1992-04-17",
                        CaseFixtures.OFFENDER_CONTACT,
                        CaseFixtures.VICTIM_CONTACT);
        assertThat(crs.sql
                        .sql("SELECT count(*) FROM audit.audit_log WHERE case_id = ? AND action = ?")
                        .params(id, "READ_PERSONAL_DATA")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void keepsPersonalDataOutOfAuditPayloadsAndLogs() {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> captured =
                new ch.qos.logback.core.read.ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try {
            String id = workflow.create(CaseFixtures.needsSergeant());
            ok(api.get("officer", "/api/cases/" + id));
            var invalid = CaseFixtures.permitted();
            ((tools.jackson.databind.node.ObjectNode) invalid.get("offender")).put("age", "thirty");
            assertThat(api.post("officer", "/api/cases", invalid).status()).isEqualTo(400);
            assertThat(api.post("officer", "/api/cases", "{\"offender\": {\"name\": \"" + CaseFixtures.OFFENDER_NAME)
                            .status())
                    .isEqualTo(400);
            ok(api.post(
                    "sergeant",
                    "/api/cases/" + id + "/authorisation",
                    Map.of("decision", "APPROVE", "rationale", "ok")));
            ok(api.post("officer", "/api/cases/" + id + "/agreement", CaseFixtures.agreement("APOLOGY")));
        } finally {
            root.detachAppender(captured);
        }
        StringBuilder logs = new StringBuilder();
        captured.list.forEach(e -> logs.append(e.getFormattedMessage())
                .append('\n')
                .append(
                        e.getThrowableProxy() == null
                                ? ""
                                : e.getThrowableProxy().getMessage())
                .append('\n'));
        String audit = String.join(
                "\n",
                crs.sql
                        .sql("SELECT actor || actor_role || force_slug || coalesce(case_id, '')"
                                + " || action || result || payload_digest FROM audit.audit_log")
                        .query(String.class)
                        .list());
        List<String> personal = List.of(
                CaseFixtures.OFFENDER_NAME,
                CaseFixtures.VICTIM_NAME,
                "1992-04-17",
                CaseFixtures.OFFENDER_CONTACT,
                CaseFixtures.VICTIM_CONTACT,
                "Zebedee",
                "Ottoline");
        assertThat(audit).isNotBlank();
        for (String value : personal) {
            assertThat(logs.toString()).doesNotContain(value);
            assertThat(audit).doesNotContain(value).doesNotContain(AuditLog.digest(value));
        }
    }
}
