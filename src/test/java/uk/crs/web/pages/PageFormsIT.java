package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.crs.testing.PostgresServer;

/**
 * The pages' forms over plain HTTP: CSRF tokens are required, and no input a form accepts (or a hand-made post)
 * makes a page answer 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "crs.demo=true")
class PageFormsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient sql;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        PostgresServer server = PostgresServer.get();
        String url = server.createDatabase("forms");
        String home = Files.createTempDirectory("crs-forms-").toString();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
        registry.add("crs.home", () -> home);
    }

    String base() {
        return "http://localhost:" + port;
    }

    int cases() {
        return sql.sql("SELECT count(*) FROM cases").query(Integer.class).single();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        FormSession officer = FormSession.signIn(base(), "officer", "demo");
        String id =
                new Api(base()).shoplifting("officer", true, false).path("id").asString();
        int before = cases();

        HttpResponse<String> noToken =
                officer.post("/cases/" + id + "/close", Map.of("victimInformed", "yes", "version", "1"), false);
        HttpResponse<String> create = officer.post("/cases/new/check", Map.of(), false);

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("This form has expired");
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void anApiCallFromASignedInBrowserWithoutATokenSaysCsrfIsTheCause() {
        FormSession officer = FormSession.signIn(base(), "officer", "demo");

        HttpResponse<String> response = officer.postJson("/api/cases", "{}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("csrf-token-missing").contains("no valid CSRF token");
    }

    @Test
    void aNameLongerThanTheStoreHoldsIsNamedOnCheckYourAnswersAndNothingIsStored() {
        FormSession officer = FormSession.signIn(base(), "officer", "demo");
        LocalDate day = LocalDate.now().minusDays(2);
        officer.get("/cases/new");
        Map<String, Map<String, String>> pages = new LinkedHashMap<>();
        pages.put(
                "/cases/new/offence",
                Map.of(
                        "offenceCode", "46",
                        "offenceDate-day", String.valueOf(day.getDayOfMonth()),
                        "offenceDate-month", String.valueOf(day.getMonthValue()),
                        "offenceDate-year", String.valueOf(day.getYear())));
        pages.put(
                "/cases/new/offender",
                Map.of(
                        "offenderName", "x".repeat(201),
                        "offenderDateOfBirth-day", "2",
                        "offenderDateOfBirth-month", "3",
                        "offenderDateOfBirth-year", "1990",
                        "offenderContact", "07700 900123",
                        "acceptsResponsibility", "yes",
                        "appropriateAdultPresent", "no",
                        "historyDisposal", "NONE"));
        pages.put(
                "/cases/new/victim",
                Map.of(
                        "victimIdentified", "yes",
                        "victimConsulted", "yes",
                        "victimConsents", "yes",
                        "victimViews", "wants an apology"));
        pages.put("/cases/new/circumstances", Map.of("injury", "NONE"));
        pages.put("/cases/new/evidence", Map.of("evidenceSufficient", "yes", "rationale", "first offence"));
        for (var page : pages.entrySet()) {
            HttpResponse<String> answered = officer.post(page.getKey(), page.getValue(), true);
            assertThat(answered.statusCode()).as(page.getKey()).isEqualTo(302);
        }
        int before = cases();

        HttpResponse<String> created = officer.post("/cases/new/check", Map.of(), true);

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("offender.name", "201 characters long; at most 200 are accepted");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void noPageAnswers500ForAnyInputItsFormsAccept() {
        Api api = new Api(base());
        String decided = api.shoplifting("officer", true, false).path("id").asString();
        String agreed = api.shoplifting("officer", true, false).path("id").asString();
        api.post(
                "officer",
                "/api/cases/" + agreed + "/agreement",
                """
                {"offenderAccepts":true,"victimViews":"fine","victimConsents":true,"conditions":[
                 {"type":"APOLOGY","detail":"letter","dueDate":"%s"}]}"""
                        .formatted(LocalDate.now().plusDays(5)));
        String awaiting = api.shoplifting("officer", false, false).path("id").asString();
        String huge = "x".repeat(20_000);
        String odd = "<script>alert(1)</script> ' \" ; DROP TABLE cases; -- \u0000 ☃";
        List<String> junk = List.of("", " ", huge, odd, "-1", "99999999999999999999", "31", "abc", "YES", "£-5.001");

        FormSession officer = FormSession.signIn(base(), "officer", "demo");
        FormSession sergeant = FormSession.signIn(base(), "sergeant", "demo");
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put(
                "/cases/new/offence",
                List.of("offenceCode", "offenceDate-day", "offenceDate-month", "offenceDate-year", "valueGbp", "q"));
        forms.put(
                "/cases/new/offender",
                List.of(
                        "offenderName",
                        "offenderDateOfBirth-day",
                        "offenderDateOfBirth-month",
                        "offenderDateOfBirth-year",
                        "offenderContact",
                        "acceptsResponsibility",
                        "appropriateAdultPresent",
                        "historyDisposal",
                        "historyOffence",
                        "historyDate-day",
                        "historyDate-month",
                        "historyDate-year"));
        forms.put(
                "/cases/new/victim",
                List.of(
                        "victimIdentified",
                        "victimConsulted",
                        "victimConsents",
                        "victimViews",
                        "victimName",
                        "victimContact"));
        forms.put("/cases/new/circumstances", List.of("circumstances", "injury", "aggravating", "mitigating"));
        forms.put("/cases/new/evidence", List.of("evidenceSufficient", "rationale"));
        forms.put("/cases/new/check", List.of("anything"));
        forms.put(
                "/cases/" + decided + "/agreement",
                List.of("offenderAccepts", "victimViews", "victimConsents", "overrideReasons", "version"));
        forms.put(
                "/cases/" + decided + "/agreement/conditions",
                List.of("type", "detail", "due-day", "due-month", "due-year", "amountGbp"));
        forms.put("/cases/" + decided + "/agreement/conditions/remove", List.of("index"));
        forms.put("/cases/" + decided + "/agreement/confirm", List.of("version"));
        forms.put("/cases/" + agreed + "/conditions/1/outcome", List.of("outcome", "evidence", "version"));
        forms.put("/cases/" + agreed + "/conditions/abc/outcome", List.of("outcome"));
        forms.put("/cases/" + agreed + "/conditions/99/outcome", List.of("outcome"));
        forms.put("/cases/" + agreed + "/close", List.of("victimInformed", "version"));
        forms.put("/cases/not-a-uuid/close", List.of("victimInformed"));
        for (var form : forms.entrySet()) {
            for (String value : junk) {
                Map<String, String> body = new LinkedHashMap<>();
                form.getValue().forEach(field -> body.put(field, value));
                check(officer, form.getKey(), body, failures);
            }
        }
        // a whole plausible case whose facts the engine then refuses: shown on check your answers, not a 500
        check(
                officer,
                "/cases/new/offence",
                Map.of(
                        "offenceCode",
                        "46",
                        "offenceDate-day",
                        "1",
                        "offenceDate-month",
                        "1",
                        "offenceDate-year",
                        "2026"),
                failures);
        check(officer, "/cases/new/check", Map.of(), failures);
        for (String value : junk) {
            check(
                    sergeant,
                    "/authorisations/" + awaiting,
                    Map.of("decision", value, "rationale", value, "version", value),
                    failures);
        }
        for (String path : List.of(
                "/cases?status=BOGUS&reference=%25%25",
                "/cases/" + "0".repeat(40), "/cases/new/nonsense", "/authorisations/xyz", "/audit/cases/xyz")) {
            int status = officer.get(path).statusCode();
            if (status >= 500) {
                failures.add("GET " + path + " answered " + status);
            }
        }

        assertThat(failures).isEmpty();
    }

    private static void check(FormSession session, String path, Map<String, String> body, List<String> failures) {
        HttpResponse<String> response = session.post(path, body, true);
        if (response.statusCode() >= 500 || response.body().contains("Sorry, there is a problem with the service")) {
            failures.add("POST " + path + " with " + abbreviated(body) + " answered " + response.statusCode());
        }
    }

    private static String abbreviated(Map<String, String> body) {
        String text = body.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
