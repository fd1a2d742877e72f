package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uk.crs.scrutiny.Agency;
import uk.crs.scrutiny.Answer;
import uk.crs.scrutiny.Scrutiny;
import uk.crs.testing.PostgresServer;
import uk.crs.users.Role;
import uk.crs.users.User;
import uk.crs.users.Users;

/**
 * The {@code /scrutiny} pages in a real browser against the application in demo mode, which seeds a Durham panel, a
 * held meeting with its published report and a meeting to come: the panel member's journey to a blind verdict, the
 * chair's conclusion, the published report and its downloads, packs free of the demo cases' personal data, another
 * panel's member kept out, and axe-core's WCAG 2.2 A and AA rules on every page and error state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "crs.demo=true")
class ScrutinyPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Users users;

    @Autowired
    Scrutiny scrutiny;

    Browser browser;
    Api api;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        PostgresServer server = PostgresServer.get();
        String url = server.createDatabase("scrutinypages");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
        String home = Files.createTempDirectory("crs-scrutiny-pages-").toString();
        registry.add("crs.home", () -> home);
    }

    @BeforeEach
    void open() {
        browser = Browser.open(base());
        api = new Api(base());
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** The demo panel's meetings as the API lists them: the one to come first, then the one held. */
    List<String> meetings() {
        List<String> ids = new ArrayList<>();
        for (JsonNode m : api.get("panel", "/api/scrutiny/panels/durham-panel/meetings")) {
            ids.add(m.path("id").asString());
        }
        ids.sort(null);
        return ids; // ids end in the date: held first, then the next
    }

    List<String> packs(String meeting) {
        List<String> refs = new ArrayList<>();
        for (JsonNode p : api.get("panel-chair", "/api/scrutiny/meetings/" + meeting + "/packs")) {
            refs.add(p.path("caseRef").asString());
        }
        return refs;
    }

    @Test
    void aPanelMemberRecordsABlindVerdictOnAPackOfTheNextMeeting() {
        String next = meetings().get(1);
        String ref = packs(next).get(0); // two other members have recorded verdicts on it
        Browser b = browser;
        b.signIn("panel", "demo");
        assertThat(b.find("#home-scrutiny").getText()).contains("scrutiny");
        b.click("#navigation a[href='/scrutiny']");
        assertThat(b.heading()).isEqualTo("Scrutiny panels");
        List<WebElement> rows = b.all("table.crs-meetings tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Scheduled", "0 of 7");
        assertThat(rows.get(1).getText()).contains("Held", "12 of 12");
        b.assertAccessible("the member's meetings");
        b.screenshot("scrutiny-meetings");

        rows.get(0).findElement(By.cssSelector("a")).click();
        assertThat(b.heading()).startsWith("Meeting on ");
        assertThat(b.all("#packs tbody tr")).hasSize(7);
        assertThat(b.text("#packs")).contains("To do", "carried over");
        b.assertAccessible("a meeting's packs");
        b.screenshot("scrutiny-meeting");

        b.go("/scrutiny/meetings/" + next + "/packs/" + ref);
        assertThat(b.heading()).isEqualTo("Anonymised case pack");
        assertThat(b.text("#known-list")).contains("Force area", "Durham Constabulary", "Officer's rationale");
        assertThat(b.text("#next-list")).contains("Result");
        // blind: the other members' verdicts are not on the page before this member records theirs
        assertThat(b.all("#verdicts")).isEmpty();
        assertThat(b.text("main")).doesNotContain("panel-cps", "panel-yos");
        b.assertAccessible("a case pack with the verdict form");
        b.screenshotWholePage("scrutiny-pack");

        b.submit();
        assertThat(b.errorSummary()).containsExactly("Select your verdict on this case");
        assertThat(b.driver.getTitle()).startsWith("Error: ");
        assertThat(b.all("#verdicts")).isEmpty();
        b.assertAccessible("the verdict form with an error");

        b.choose("assessment", "APPROPRIATE_WITH_OBSERVATIONS");
        b.find("input[name=reasonCodes][value=VICTIM]").click();
        b.type("note", "The victim's views are a summary.");
        b.submit();
        assertThat(b.text(".govuk-notification-banner")).contains("Your verdict is recorded");
        assertThat(b.text("#verdicts")).contains("panel-cps", "panel-yos", "panel", "Appropriate with observations");
        assertThat(b.all("form[action$='/verdict']")).isEmpty();
        b.assertAccessible("a case pack after the verdict");

        // every opening of the pack is in the audit log, by the member, without the pack's content
        JsonNode trail = api.get("auditor", "/api/cases/" + ref + "/audit");
        List<String> opens = new ArrayList<>();
        for (JsonNode e : trail) {
            if (e.path("action").asString().equals("SCRUTINY_PACK_OPEN")
                    && e.path("actor").asString().equals("panel")) {
                opens.add(e.path("result").asString());
            }
        }
        assertThat(opens).hasSizeGreaterThanOrEqualTo(3).containsOnly("ACCEPTED");
    }

    @Test
    void theChairRecordsThePanelsConclusionFromTheMembersVerdicts() {
        String next = meetings().get(1);
        String ref = packs(next).get(2); // one member's verdict so far
        Browser b = browser;
        b.signIn("panel-chair", "demo");
        b.go("/scrutiny/meetings/" + next);
        b.find("#packs a[href$='/packs/" + ref + "/conclusion']").click();
        assertThat(b.heading()).isEqualTo("Record the panel's conclusion");
        // the chair votes, so is blind like any member until their own verdict is recorded
        assertThat(b.all("#verdicts")).isEmpty();
        assertThat(b.all("form[action$='/conclusion']")).isEmpty();
        assertThat(b.text("#vote-first")).contains("record your own verdict");
        b.assertAccessible("the conclusion page before the chair's own verdict");
        b.find("#vote-first a").click();
        assertThat(b.all("#verdicts")).isEmpty();
        b.choose("assessment", "APPROPRIATE");
        b.submit();
        assertThat(b.text("#verdicts")).contains("panel-cps", "panel-chair");
        b.go("/scrutiny/meetings/" + next + "/packs/" + ref + "/conclusion");
        assertThat(b.text("#verdicts")).contains("panel-cps", "panel-chair", "Appropriate");
        b.assertAccessible("the chair's conclusion page");
        b.screenshot("scrutiny-conclusion");

        b.submit();
        assertThat(b.errorSummary()).containsExactly("Select the panel's conclusion");
        b.assertAccessible("the conclusion page with an error");

        b.choose("assessment", "UNABLE_TO_DETERMINE");
        b.type("note", "The force to send the evidence that the conditions were checked.");
        b.submit();
        assertThat(b.path()).startsWith("/scrutiny/meetings/" + next);
        assertThat(b.text(".govuk-notification-banner")).contains("conclusion is recorded");
        WebElement row = b.all("#packs tbody tr").get(2);
        assertThat(row.getText()).contains("Unable to determine");
        b.assertAccessible("the meeting after a conclusion");

        // a member cannot reach the conclusion page; the server refuses it, not only the page's links
        b.signOut();
        b.signIn("panel", "demo");
        b.go("/scrutiny/meetings/" + next + "/packs/" + ref + "/conclusion");
        assertThat(b.heading()).isEqualTo("You cannot see this page");
        b.assertAccessible("a member refused the conclusion page");
    }

    @Test
    void theHeldMeetingsCaseWithNoConclusionIsCarriedToTheNextMeeting() {
        List<String> ids = meetings();
        Map<String, String> carried = new java.util.HashMap<>();
        for (JsonNode p : api.get("panel", "/api/scrutiny/meetings/" + ids.get(1) + "/packs")) {
            if (!p.path("carriedFrom").isNull()) {
                carried.put(p.path("caseRef").asString(), p.path("carriedFrom").asString());
            }
        }
        assertThat(carried).hasSize(1).containsValue(ids.get(0));
        String ref = carried.keySet().iterator().next();
        JsonNode held = api.get("panel", "/api/scrutiny/meetings/" + ids.get(0) + "/packs/" + ref);
        assertThat(held.path("conclusion").path("assessment").asString()).isEqualTo("UNABLE_TO_DETERMINE");
    }

    @Test
    void thePublishedReportPerturbsCountsWithoutWithholdingAndThePanelSeesItsOwnFigures() throws Exception {
        int year = LocalDate.parse(meetings().get(0).substring("durham-panel-".length()))
                .getYear();
        String path = "/scrutiny/reports/durham-panel/" + year;
        Browser b = browser;
        b.signIn("officer", "demo");
        b.go("/scrutiny");
        b.find("#reports a").click();
        assertThat(b.path()).isEqualTo(path);
        assertThat(b.heading()).isEqualTo("durham-panel: scrutiny findings for " + year);
        // true: 11 determined (7, 2 and 2) and 1 carried over; published perturbed, every count shown, none withheld
        String counts = b.text("#published-counts");
        assertThat(counts).doesNotContain("fewer than", "Not shown", "<10");
        int appropriate = count(counts, "Appropriate");
        int observations = count(counts, "Appropriate with observations");
        int inappropriate = count(counts, "Inappropriate");
        // a verdict's count is the sum of its cells in the sample's two strata, each cell within 2 of its true
        // count and never 0 unless that is 0: the 2 inappropriate cases may sit in one stratum or one in each
        assertThat(inappropriate).as("2, within 2 a stratum and never 0").isBetween(1, 6);
        assertThat(count(counts, "Unable to determine \\(carried over\\)")).isBetween(1, 3);
        assertThat(count(counts, "Cases with a determination"))
                .as("the number with a determination is the sum of the published verdicts")
                .isEqualTo(appropriate + observations + inappropriate);
        assertThat(b.text("#published-rate"))
                .as("the rate is computed from the published counts")
                .startsWith(String.format(
                        java.util.Locale.UK,
                        "%.1f%%",
                        100.0 * inappropriate / (appropriate + observations + inappropriate)));
        assertThat(b.text("#disclosure")).contains("perturbed", "up to 2");
        assertThat(b.text("#disclosure-method")).contains("cell key method", "never hidden");
        assertThat(b.text("#agreement-none")).contains("panel's members only");
        assertThat(b.text("#membership"))
                .contains(
                        "Magistracy",
                        "Crown prosecution service",
                        "Youth offending service",
                        "Victim services",
                        "PCC office",
                        "Police");
        assertThat(b.text("#recommendations")).contains("victim's own words");
        assertThat(b.all("#internal")).isEmpty();
        b.assertAccessible("the published report");

        b.signOut();
        b.signIn("panel", "demo");
        b.go(path);
        assertThat(b.text("#internal-counts")).contains("Inappropriate 2", "Unable to determine (carried over) 1");
        assertThat(b.text("#internal-rate")).matches("18\\.2% \\(95% interval \\d+\\.\\d% to \\d+\\.\\d%\\)");
        assertThat(b.text("#agreement")).contains("12 cases, 5 members", "Gwet's AC1");
        b.assertAccessible("the report with the panel's own figures");
        b.screenshotWholePage("scrutiny-report");

        HttpResponse<String> csv = get(path + "/findings.csv", "analyst");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body())
                .contains("inappropriate," + inappropriate + "\n", "disclosure_control,")
                .doesNotContain("<10");
        HttpResponse<String> json = get(path + "/findings.json", "analyst");
        JsonNode findings =
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.body());
        assertThat(findings.path("format").asString()).isEqualTo("crs-scrutiny-findings");
        assertThat(findings.path("counts").path("reviewed").asInt())
                .isEqualTo(appropriate + observations + inappropriate);
        assertThat(findings.path("counts").path("inappropriate").asInt()).isEqualTo(inappropriate);
        assertThat(findings.path("suppressed")).isEmpty();
        assertThat(findings.path("disclosureControl").asString()).contains("cell key method");
        assertThat(get("/scrutiny/reports/durham-panel/1999", "analyst").statusCode())
                .isEqualTo(404);
        assertThat(get("/scrutiny/reports/durham-panel/nineteen", "analyst").statusCode())
                .isEqualTo(404);
    }

    /** The number in the counts table's row named {@code label} (a regular expression). */
    private static int count(String table, String label) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?m)^" + label + " (\\d+)$").matcher(table);
        assertThat(m.find()).as("a row %s in %s", label, table).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void noPackPageShowsAnyDemoPersonsNameContactOrDateOfBirth() {
        List<String[]> people = JdbcClient.create(dataSource)
                .sql("SELECT part, name, contact, date_of_birth FROM case_people")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        assertThat(people).hasSizeGreaterThan(40);
        List<Pattern> forbidden = new ArrayList<>();
        for (String[] p : people) {
            forbidden.add(Pattern.compile(Pattern.quote(p[1]), Pattern.CASE_INSENSITIVE));
            if (p[0].equals("offender")) {
                // each part of an offender's name, as a word
                for (String part : p[1].split("[\\s-]+")) {
                    if (part.length() >= 3) {
                        forbidden.add(Pattern.compile("\\b" + Pattern.quote(part) + "\\b", Pattern.CASE_INSENSITIVE));
                    }
                }
            }
            if (p[2] != null && p[2].length() >= 5) {
                forbidden.add(Pattern.compile(Pattern.quote(p[2]), Pattern.CASE_INSENSITIVE));
            }
            if (p[3] != null) {
                LocalDate dob = LocalDate.parse(p[3]);
                for (String f : List.of("yyyy-MM-dd", "d MMMM yyyy", "dd/MM/yyyy", "d/M/yyyy")) {
                    forbidden.add(Pattern.compile(
                            Pattern.quote(dob.format(DateTimeFormatter.ofPattern(f, Locale.UK))),
                            Pattern.CASE_INSENSITIVE));
                }
            }
        }
        Browser b = browser;
        b.signIn("panel-chair", "demo");
        int pages = 0;
        for (String meeting : meetings()) {
            for (String ref : packs(meeting)) {
                b.go("/scrutiny/meetings/" + meeting + "/packs/" + ref);
                assertThat(b.heading()).isEqualTo("Anonymised case pack");
                String page = b.text("main");
                for (Pattern f : forbidden) {
                    assertThat(f.matcher(page).find())
                            .as("pack %s shows %s", ref, f.pattern())
                            .isFalse();
                }
                pages++;
            }
        }
        assertThat(pages).isEqualTo(19);
        b.assertAccessible("a pack of the held meeting, concluded");
    }

    @Test
    void anotherPanelsMemberAndOtherRolesCannotReachThisPanel() {
        String next = meetings().get(1);
        String ref = packs(next).get(0);
        Instant now = Instant.now();
        User admin = users.find("admin").orElseThrow();
        if (users.find("outsider").isEmpty()) {
            users.add("outsider", Role.PANEL_MEMBER, "cleveland", "an outsider's password");
            done(scrutiny.createPanel(admin, "cleveland-panel", "Cleveland panel", List.of("cleveland"), now));
            done(scrutiny.addMember(admin, "cleveland-panel", "outsider", Agency.PCC_OFFICE, true, now));
        }
        Browser b = browser;
        b.signIn("outsider", "an outsider's password");
        b.go("/scrutiny");
        assertThat(b.text("main")).contains("Cleveland panel").doesNotContain("Durham out-of-court");
        b.go("/scrutiny/meetings/" + next);
        assertThat(b.heading()).isEqualTo("Page not found");
        b.assertAccessible("another panel's meeting");
        b.go("/scrutiny/meetings/" + next + "/packs/" + ref);
        assertThat(b.heading()).isEqualTo("Page not found");

        b.go("/");
        b.signOut();
        b.signIn("officer", "demo");
        b.go("/scrutiny/meetings/" + next + "/packs/" + ref);
        assertThat(b.heading()).isEqualTo("You cannot see this page");
        b.assertAccessible("an officer refused a pack");
        assertThat(b.all("#navigation a[href='/scrutiny']")).isEmpty();
    }

    @Test
    void noScrutinyFormAnswers500AndAFormWithoutItsTokenChangesNothing() {
        String next = meetings().get(1);
        String ref = packs(next).get(3);
        String huge = "x".repeat(20_000);
        String odd = "<script>alert(1)</script> ' \" ; DROP TABLE cases; -- \u0000 ☃";
        List<String> junk = List.of("", " ", huge, odd, "-1", "abc", "appropriate", "GRAVITY,NOPE");
        FormSession member = FormSession.signIn(base(), "panel-yos", "demo");
        FormSession police = FormSession.signIn(base(), "panel-police", "demo");
        FormSession chair = FormSession.signIn(base(), "panel-chair", "demo");
        String pack = "/scrutiny/meetings/" + next + "/packs/" + ref;
        List<String> failures = new ArrayList<>();
        for (String value : junk) {
            Map<String, String> body = Map.of("assessment", value, "reasonCodes", value, "note", value);
            check(member, pack + "/verdict", body, failures);
            check(police, pack + "/verdict", body, failures);
            check(chair, pack + "/conclusion", Map.of("assessment", value, "note", value), failures);
        }
        // a valid verdict with a note too long, and a non-voting member's valid verdict: refused on the form
        check(member, pack + "/verdict", Map.of("assessment", "APPROPRIATE", "note", huge), failures);
        HttpResponse<String> nonVoting =
                police.post(pack + "/verdict", Map.of("assessment", "APPROPRIATE", "note", ""), true);
        assertThat(nonVoting.statusCode()).isEqualTo(403);
        check(member, pack + "/redaction-confirmed", Map.of(), failures);
        for (String path : List.of(
                "/scrutiny/meetings/xyz",
                "/scrutiny/meetings/" + next + "/packs/xyz",
                "/scrutiny/meetings/" + next + "/packs/" + "0".repeat(300),
                "/scrutiny/reports/xyz/abcd",
                "/scrutiny/reports/durham-panel/99999",
                "/scrutiny/reports/durham-panel/2026/findings.xml")) {
            int status = member.get(path).statusCode();
            if (status >= 500) {
                failures.add("GET " + path + " answered " + status);
            }
        }
        assertThat(failures).isEmpty();

        // without its CSRF token a verdict is refused and nothing is recorded
        HttpResponse<String> tokenless =
                member.post(pack + "/verdict", Map.of("assessment", "APPROPRIATE", "note", ""), false);
        assertThat(tokenless.statusCode()).isEqualTo(403);
        JsonNode opened = api.get("panel-yos", "/api/scrutiny/meetings/" + next + "/packs/" + ref);
        assertThat(opened.path("visibleVerdicts").has("panel-yos")).isFalse();
        assertThat(opened.path("mayRecordVerdict").asBoolean()).isTrue();
    }

    private static void check(FormSession session, String path, Map<String, String> body, List<String> failures) {
        HttpResponse<String> response = session.post(path, body, true);
        if (response.statusCode() >= 500 || response.body().contains("Sorry, there is a problem with the service")) {
            String shown = body.toString();
            failures.add("POST " + path + " with " + shown.substring(0, Math.min(120, shown.length())) + " answered "
                    + response.statusCode());
        }
    }

    static <T> T done(Answer<T> answer) {
        assertThat(answer).as(answer.toString()).isInstanceOf(Answer.Done.class);
        return ((Answer.Done<T>) answer).value();
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .header("Authorization", Api.basic(user))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
