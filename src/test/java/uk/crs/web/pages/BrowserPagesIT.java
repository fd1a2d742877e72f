package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uk.crs.testing.PostgresServer;

/**
 * The pages in a real browser (Debian's Chromium) against the application in demo mode on PostgreSQL: each role's
 * journey, with axe-core's WCAG 2.2 A and AA rules run on every page and every error state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "crs.demo=true")
class BrowserPagesIT {

    @LocalServerPort
    int port;

    Browser browser;
    Api api;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        PostgresServer server = PostgresServer.get();
        String url = server.createDatabase("pages");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
        String home = Files.createTempDirectory("crs-pages-").toString();
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

    @Test
    void anOfficerRecordsANewCaseThroughEveryQuestionPageAndSeesTheDecision() {
        Browser b = browser;
        b.go("/sign-in");
        b.assertAccessible("sign-in page");
        b.screenshot("sign-in");
        b.signIn("officer", "demo");
        assertThat(b.text("#signed-in-as")).contains("officer", "Officer", "Durham");

        b.go("/cases");
        assertThat(b.heading()).startsWith("Cases in Durham");
        assertThat(b.all("main tbody tr")).hasSizeGreaterThanOrEqualTo(5);
        b.assertAccessible("case list");
        b.screenshot("cases");
        b.find("#status").sendKeys("Completed");
        b.click("form[role=search] button");
        assertThat(b.all("main tbody tr")).isNotEmpty().allSatisfy(row -> assertThat(row.getText())
                .contains("Completed"));

        b.go("/cases/new");
        assertThat(b.heading()).isEqualTo("The offence");
        b.submit();
        assertThat(b.errorSummary())
                .containsExactly(
                        "Choose the offence: search by its title or statute, then select it",
                        "Enter the date of the offence");
        assertThat(b.driver.getTitle()).startsWith("Error: ");
        b.assertAccessible("offence page with errors");
        b.type("q", "shoplifting");
        b.click("form[role=search] button");
        b.assertAccessible("offence search results");
        b.choose("offenceCode", "46");
        b.date("offenceDate", LocalDate.now().minusDays(3));
        b.type("valueGbp", "25");
        b.screenshot("new-case-offence");
        b.submit();

        assertThat(b.heading()).isEqualTo("The offender");
        b.submit();
        assertThat(b.errorSummary()).contains("Enter the offender's full name", "Enter the offender's date of birth");
        b.assertAccessible("offender page with errors");
        b.type("offenderName", "Jamie Example");
        b.date("offenderDateOfBirth", LocalDate.of(1992, 4, 17));
        b.type("offenderContact", "07700 900123");
        b.choose("acceptsResponsibility", "yes");
        b.choose("appropriateAdultPresent", "no");
        b.choose("historyDisposal", "NONE");
        b.submit();

        assertThat(b.heading()).isEqualTo("The victim");
        b.choose("victimIdentified", "yes");
        b.submit();
        assertThat(b.errorSummary()).containsExactly("Select yes if the victim has been asked for their views");
        b.assertAccessible("victim page with errors");
        b.choose("victimConsulted", "yes");
        b.choose("victimConsents", "yes");
        b.type("victimViews", "I want a written apology and the £25 back.");
        b.type("victimName", "Corner Shop Ltd");
        b.submit();

        assertThat(b.heading()).isEqualTo("Circumstances and factors");
        b.assertAccessible("circumstances page");
        b.choose("injury", "NONE");
        b.submit();

        assertThat(b.heading()).isEqualTo("Evidence and rationale");
        b.submit();
        assertThat(b.errorSummary()).hasSize(2);
        b.assertAccessible("evidence page with errors");
        b.choose("evidenceSufficient", "yes");
        b.type("rationale", "first offence, goods recovered, remorseful");
        b.submit();

        assertThat(b.heading()).isEqualTo("Check your answers before the decision");
        assertThat(b.text(".govuk-summary-list"))
                .contains("Shoplifting", "£25.00", "17 April 1992", "Jamie Example", "I want a written apology");
        b.assertAccessible("check your answers");
        b.screenshot("check-answers");
        b.submit();

        assertThat(b.path()).endsWith("/decision");
        assertThat(b.heading()).isEqualTo("A community resolution is permitted");
        assertThat(b.text("table")).contains("Met");
        assertThat(b.text("main")).contains("Policy national-default, version");
        b.assertAccessible("decision page");
        b.screenshot("decision");
        b.find("main").findElement(By.linkText("Go to the case")).click();

        assertThat(b.text("h1 .govuk-tag")).isEqualTo("Decided");
        assertThat(b.text(".govuk-task-list")).contains("Record the agreement", "Not yet started");
        assertThat(b.text(".crs-timeline")).contains("Case opened", "officer", "Status: Decided");
        b.assertAccessible("case page");
        b.screenshotWholePage("case");
    }

    @Test
    void aBarredCaseShowsEveryRuleAndTheAlternatives() {
        Browser b = browser;
        b.signIn("officer", "demo");
        b.go("/cases");
        // the demo's not-permitted case (offence 105A)
        WebElement row = b.all("main tbody tr").stream()
                .filter(r -> r.getText().contains("Not permitted"))
                .findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("a")).click();
        b.find("main").findElement(By.partialLinkText("not permitted")).click();
        assertThat(b.heading()).isEqualTo("A community resolution is not permitted");
        assertThat(b.text("main")).contains("What you can do instead", "Not permitted");
        // the page lists the stored decision's own alternatives, in its order, not a fixed list
        String id = b.path().replaceAll("^/cases/([^/]+)/decision$", "$1");
        JsonNode alternatives =
                api.get("officer", "/api/cases/" + id).path("decision").path("alternatives");
        assertThat(alternatives).isNotEmpty();
        List<String> expected = new ArrayList<>();
        for (JsonNode a : alternatives) {
            String pathway = a.path("pathway").asString();
            expected.add(Character.toUpperCase(pathway.charAt(0)) + pathway.substring(1) + " (Home Office outcome "
                    + a.path("homeOfficeOutcome").asString() + "): "
                    + a.path("explanation").asString());
        }
        assertThat(b.all("#alternatives li")).extracting(WebElement::getText).containsExactlyElementsOf(expected);
        b.assertAccessible("barred decision");
        b.screenshot("decision-barred");
    }

    @Test
    void aSergeantAndAnInspectorAuthoriseFromTheirQueues() {
        String sergeants = api.shoplifting("officer", false, false).path("id").asString();
        String inspectors = api.shoplifting("officer", true, true).path("id").asString();
        String own = api.shoplifting("sergeant", false, false).path("id").asString();
        JsonNode agreed = api.shoplifting("officer", true, false);
        String agreedId = agreed.path("id").asString();
        api.post(
                "officer",
                "/api/cases/" + agreedId + "/agreement",
                """
                {"offenderAccepts":true,"victimViews":"fine","victimConsents":true,"conditions":[
                 {"type":"APOLOGY","detail":"letter to the manager","dueDate":"%s"}]}"""
                        .formatted(LocalDate.now().minusDays(2)));

        Browser b = browser;
        b.signIn("sergeant", "demo");
        b.go("/authorisations");
        String queue = b.text("#queue");
        assertThat(queue)
                .contains(ref(sergeants))
                .doesNotContain(ref(inspectors))
                .doesNotContain(ref(own));
        assertThat(b.text("main")).contains("Overdue conditions", "letter to the manager");
        b.assertAccessible("sergeant's queue");
        b.screenshot("authorisations");

        b.find("#queue").findElement(By.linkText(ref(sergeants))).click();
        b.assertAccessible("authorisation page");
        b.screenshot("authorise");
        b.submit();
        assertThat(b.errorSummary())
                .containsExactly(
                        "Select whether you authorise or refuse",
                        "Enter your rationale: a scrutiny panel will read it");
        b.assertAccessible("authorisation page with errors");
        b.choose("decision", "APPROVE");
        b.type("rationale", "victim's objection weighed; first offence");
        b.submit();
        assertThat(b.text(".govuk-notification-banner")).contains("The case has been authorised");
        assertThat(b.path()).startsWith("/authorisations");

        b.go("/authorisations/" + own);
        assertThat(b.text("#own-case")).contains("You created this case");
        assertThat(b.all("input[name=decision]")).isEmpty();
        b.assertAccessible("own case, no button");
        b.go("/authorisations/" + inspectors);
        assertThat(b.text("#cannot-decide")).contains("This case needs authorisation by an inspector or above");
        assertThat(b.all("input[name=decision]")).isEmpty();
        b.signOut();
        assertThat(b.text(".govuk-notification-banner")).contains("You have signed out");
        b.assertAccessible("signed out");

        b.signIn("inspector", "demo");
        b.go("/authorisations");
        assertThat(b.text("#queue")).contains(ref(inspectors));
        b.assertAccessible("inspector's queue");
        b.screenshot("authorisations-inspector");
        b.find("#queue").findElement(By.linkText(ref(inspectors))).click();
        b.choose("decision", "REFUSE");
        b.type("rationale", "hate element: a community resolution is not proportionate");
        b.submit();
        assertThat(b.text(".govuk-notification-banner")).contains("The case has been refused");
        assertThat(b.text("main")).doesNotContain(ref(inspectors));
    }

    @Test
    void aSergeantOverridesTheVictimAndTheOfficerRecordsOutcomesAndCloses() {
        String id = api.shoplifting("officer", false, false).path("id").asString();
        api.post("inspector", "/api/cases/" + id + "/authorisation", "{\"decision\":\"APPROVE\",\"rationale\":\"ok\"}");

        Browser b = browser;
        b.signIn("sergeant", "demo");
        b.go("/cases/" + id);
        b.find(".govuk-task-list")
                .findElement(By.linkText("Record the agreement"))
                .click();
        b.choose("offenderAccepts", "yes");
        b.choose("victimConsents", "no");
        b.submit();
        assertThat(b.errorSummary())
                .containsExactly("Enter the supervisor's reasons for going ahead without the victim's agreement");
        b.assertAccessible("agreement with errors");
        b.type("overrideReasons", "the shop wants the matter closed quickly; proportionate for a first offence");
        b.submit();

        assertThat(b.heading()).isEqualTo("Conditions of the agreement");
        b.assertAccessible("conditions, none yet");
        b.choose("type", "COMPENSATION");
        b.type("detail", "cost of the goods damaged");
        b.date("due", LocalDate.now().plusDays(14));
        b.click("main form:not([action$='confirm']) button.govuk-button--secondary");
        assertThat(b.errorSummary()).containsExactly("Enter the amount of compensation");
        b.assertAccessible("condition with errors");
        b.type("amountGbp", "25");
        b.click("main form:not([action$='confirm']) button.govuk-button--secondary");
        b.choose("type", "APOLOGY");
        b.type("detail", "written apology to the shop manager");
        b.date("due", LocalDate.now().plusDays(7));
        b.click("main form:not([action$='confirm']) button.govuk-button--secondary");
        assertThat(b.text(".govuk-summary-list")).contains("£25.00", "Apology");
        b.assertAccessible("conditions added");
        b.screenshot("conditions");
        b.click("#record-agreement");

        assertThat(b.text(".govuk-notification-banner")).contains("The agreement has been recorded");
        assertThat(b.text("main")).contains("Override", "£25.00", "the shop wants the matter closed quickly");
        b.signOut();

        b.signIn("officer", "demo");
        for (int condition = 1; condition <= 2; condition++) {
            b.go("/cases/" + id);
            b.find(".govuk-task-list")
                    .findElement(By.partialLinkText("Condition " + condition))
                    .click();
            b.submit();
            assertThat(b.errorSummary()).hasSize(2);
            b.assertAccessible("condition outcome with errors");
            b.choose("outcome", "COMPLETED");
            b.type("evidence", "seen by PC 101, notebook entry 44" + condition);
            b.submit();
            assertThat(b.text(".govuk-notification-banner")).contains("outcome has been recorded");
        }
        b.find(".govuk-task-list").findElement(By.linkText("Close the case")).click();
        assertThat(b.text("main")).contains("close as completed");
        b.submit();
        assertThat(b.errorSummary()).containsExactly("Select yes if the victim has been told the outcome");
        b.assertAccessible("close with errors");
        b.choose("victimInformed", "yes");
        b.submit();
        assertThat(b.text(".govuk-notification-banner")).contains("The case has been closed");
        assertThat(b.text("h1 .govuk-tag")).isEqualTo("Completed");
        // the timeline has every step, each outcome with its evidence, not only the latest
        assertThat(b.all(".crs-timeline > li > h3"))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Case opened",
                        "Authorised",
                        "Agreement recorded",
                        "Condition 1's outcome recorded",
                        "Condition 2's outcome recorded",
                        "Case closed");
        assertThat(b.text(".crs-timeline"))
                .contains(
                        "Status: Awaiting authorisation",
                        "Status changed from Awaiting authorisation to Decided",
                        "Rationale: ok",
                        "overridden by sergeant (Sergeant): the shop wants the matter closed quickly",
                        "Completed. Evidence: seen by PC 101, notebook entry 441",
                        "Completed. Evidence: seen by PC 101, notebook entry 442",
                        "Status changed from Agreed to Completed",
                        "Victim told the outcome: yes");
        b.assertAccessible("completed case");
        b.screenshotWholePage("case-completed");
    }

    @Test
    void aStaleFormSaysTheCaseWasChangedBySomeoneElse() {
        String id = api.shoplifting("officer", true, false).path("id").asString();
        api.post(
                "officer",
                "/api/cases/" + id + "/agreement",
                """
                {"offenderAccepts":true,"victimViews":"fine","victimConsents":true,"conditions":[
                 {"type":"APOLOGY","detail":"letter","dueDate":"%1$s"},
                 {"type":"COURSE","detail":"course","dueDate":"%1$s"}]}"""
                        .formatted(LocalDate.now().plusDays(10)));
        Browser b = browser;
        b.signIn("officer", "demo");
        b.go("/cases/" + id + "/conditions/1/outcome");
        b.choose("outcome", "COMPLETED");
        b.type("evidence", "letter seen");
        // meanwhile someone else records the other condition
        api.post(
                "sergeant",
                "/api/cases/" + id + "/conditions/2/outcome",
                "{\"outcome\":\"COMPLETED\",\"evidence\":\"certificate\"}");
        b.submit();

        assertThat(b.heading()).isEqualTo("This case was changed by someone else");
        b.assertAccessible("stale form");
        b.click("#reload");
        assertThat(b.path()).isEqualTo("/cases/" + id);
        assertThat(b.text(".govuk-task-list")).contains("Condition 1");
    }

    @Test
    void anAuditorSeesTheChainAndEachCasesTrailButNoCaseWork() {
        Browser b = browser;
        b.signIn("auditor", "demo");
        b.go("/audit");
        assertThat(b.text("#chain-result")).contains("The audit chain is intact");
        b.assertAccessible("audit overview");
        b.screenshot("audit");
        b.find("main tbody a").click();
        assertThat(b.heading()).isEqualTo("Audit trail");
        assertThat(b.text("main tbody")).contains("Case opened by ", "Recorded as CREATE, ACCEPTED");
        b.assertAccessible("audit trail");
        b.screenshot("audit-trail");

        b.go("/cases");
        assertThat(b.heading()).isEqualTo("You cannot see this page");
        b.assertAccessible("403 page");
        b.go("/authorisations");
        assertThat(b.heading()).isEqualTo("You cannot see this page");
    }

    @Test
    void theHomePageListsEachRolesWorkWithCountsAndLinks() {
        // an agreed case of the officer's with one condition overdue and one due in five days
        String agreed = api.shoplifting("officer", true, false).path("id").asString();
        api.post(
                "officer",
                "/api/cases/" + agreed + "/agreement",
                """
                {"offenderAccepts":true,"victimViews":"fine","victimConsents":true,"conditions":[
                 {"type":"APOLOGY","detail":"home page apology","dueDate":"%s"},
                 {"type":"REPARATION","detail":"home page repair","dueDate":"%s"},
                 {"type":"REPARATION","detail":"home page far off","dueDate":"%s"}]}"""
                        .formatted(
                                LocalDate.now().minusDays(1),
                                LocalDate.now().plusDays(5),
                                LocalDate.now().plusDays(HomeJobs.DUE_SOON_DAYS + 5)));
        String awaiting = api.shoplifting("officer", false, false).path("id").asString();

        Browser b = browser;
        b.go("/");
        assertThat(b.all("#your-work")).isEmpty();
        b.signIn("officer", "demo");
        b.go("/");
        assertThat(b.text("#open-cases")).contains(ref(agreed), ref(awaiting));
        assertThat(b.text("#open-counts"))
                .containsPattern("Agreed: \\d+")
                .containsPattern("Awaiting authorisation: \\d+");
        String due = b.text("#conditions-due");
        assertThat(due)
                .contains("Apology: home page apology", "Overdue", "Reparation: home page repair", "In 5 days")
                .doesNotContain("home page far off");
        // the demo's agreed case, dated from the start: its apology overdue, its payment due in ten days
        assertThat(due).contains("Apology: written apology to the victim", "Compensation: pay for the damage");
        assertThat(b.all("#your-authorisations, #your-audit, #your-analysis")).isEmpty();
        b.assertAccessible("home page, officer");
        b.screenshotWholePage("home-officer");
        b.find("#conditions-due").findElement(By.linkText(ref(agreed))).click();
        assertThat(b.path()).isEqualTo("/cases/" + agreed);
        b.signOut();

        b.signIn("sergeant", "demo");
        b.go("/");
        String queueLink = b.text("#queue-link");
        assertThat(queueLink).matches("\\d+ cases? (is|are) waiting for your authorisation");
        int waiting = Integer.parseInt(queueLink.replaceAll("\\D.*", ""));
        assertThat(b.text("#overdue-link")).matches("\\d+ conditions? (is|are) overdue in Durham Constabulary");
        assertThat(b.text("#your-cases")).contains("Your cases");
        b.assertAccessible("home page, sergeant");
        b.screenshot("home-sergeant");
        b.click("#queue-link");
        assertThat(b.path()).startsWith("/authorisations");
        assertThat(b.all("#queue tbody tr")).hasSize(waiting);
        assertThat(b.text("#queue")).contains(ref(awaiting));
        b.signOut();

        b.signIn("auditor", "demo");
        b.go("/");
        assertThat(b.text("#chain-status")).matches("The audit chain is intact: all \\d+ entries check out\\.");
        assertThat(b.all("#your-cases, #your-authorisations, #your-analysis")).isEmpty();
        b.assertAccessible("home page, auditor");
        b.screenshot("home-auditor");
        b.find("#your-audit a").click();
        assertThat(b.path()).isEqualTo("/audit");
        b.signOut();

        b.signIn("analyst", "demo");
        b.go("/");
        assertThat(b.find("#your-analysis a").getAttribute("href")).endsWith("/analysis");
        assertThat(b.all("#your-cases, #your-authorisations, #your-audit")).isEmpty();
        b.assertAccessible("home page, analyst");
    }

    @Test
    void errorPagesAndSignInFailuresAreGovukStyleAndDoNotRevealUsernames() {
        Browser b = browser;
        b.signIn("officer", "wrong password");
        assertThat(b.errorSummary()).containsExactly("Enter a correct username and password");
        String wrongPassword = b.text("main");
        b.assertAccessible("sign-in failure");
        b.signIn("nobody-at-all", "demo");
        assertThat(b.text("main")).isEqualTo(wrongPassword);

        b.signIn("officer", "demo");
        b.go("/cases/not-a-case");
        assertThat(b.heading()).isEqualTo("Page not found");
        b.assertAccessible("404 page");
        b.go("/no/such/page");
        assertThat(b.heading()).isEqualTo("Page not found");
        b.go("/audit");
        assertThat(b.heading()).isEqualTo("You cannot see this page");
        b.go("/");
        b.assertAccessible("start page, signed in");
    }

    @Test
    void anInspectorAuthorisesFromTheQueueWithTheKeyboardAlone() {
        String id = api.shoplifting("officer", true, true).path("id").asString();
        Browser b = browser;
        b.go("/sign-in");
        tabTo(e -> "username".equals(e.getAttribute("id")));
        active().sendKeys("inspector");
        active().sendKeys(Keys.TAB);
        active().sendKeys("demo");
        active().sendKeys(Keys.ENTER);
        tabTo(e -> "Authorisations".equals(e.getText()));
        active().sendKeys(Keys.ENTER);
        tabTo(e -> ref(id).equals(e.getText()));
        active().sendKeys(Keys.ENTER);
        tabTo(e -> "decision".equals(e.getAttribute("name")));
        active().sendKeys(Keys.SPACE);
        active().sendKeys(Keys.TAB);
        assertThat(active().getAttribute("name")).isEqualTo("rationale");
        active().sendKeys("proportionate; the shop wants an apology and a course");
        active().sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Save your decision");
        b.enter(active());
        assertThat(b.text(".govuk-notification-banner")).contains("The case has been authorised");
    }

    @Test
    void anOfficerOpensACaseSeesTheDecisionAndRecordsTheVictimsViewsWithTheKeyboardAlone() {
        Browser b = browser;
        b.go("/sign-in");
        tabTo(e -> "username".equals(e.getAttribute("id")));
        active().sendKeys("officer");
        active().sendKeys(Keys.TAB);
        active().sendKeys("demo");
        b.enter(active());
        tabTo(e -> "New case".equals(e.getText()));
        b.enter(active());
        assertThat(b.heading()).isEqualTo("The offence");
        b.assertAccessible("offence page, by keyboard");

        tabTo(e -> "q".equals(e.getAttribute("id")));
        active().sendKeys("shoplifting");
        b.enter(active());
        b.assertAccessible("offence search results, by keyboard");
        keyboardChoose("offenceCode", "46");
        keyboardDate("offenceDate", LocalDate.now().minusDays(1));
        keyboardContinue("Continue");

        assertThat(b.heading()).isEqualTo("The offender");
        b.assertAccessible("offender page, by keyboard");
        keyboardType("offenderName", "Robin Keyboard");
        keyboardDate("offenderDateOfBirth", LocalDate.of(1990, 6, 5));
        keyboardType("offenderContact", "07700 900456");
        keyboardChoose("acceptsResponsibility", "yes");
        keyboardChoose("appropriateAdultPresent", "no");
        keyboardChoose("historyDisposal", "NONE");
        keyboardContinue("Continue");

        assertThat(b.heading()).isEqualTo("The victim");
        b.assertAccessible("victim page, by keyboard");
        keyboardChoose("victimIdentified", "yes");
        keyboardChoose("victimConsulted", "yes");
        keyboardChoose("victimConsents", "yes");
        keyboardType("victimViews", "An apology, please.");
        keyboardContinue("Continue");

        assertThat(b.heading()).isEqualTo("Circumstances and factors");
        b.assertAccessible("circumstances page, by keyboard");
        keyboardChoose("injury", "NONE");
        keyboardContinue("Continue");

        assertThat(b.heading()).isEqualTo("Evidence and rationale");
        b.assertAccessible("evidence page, by keyboard");
        keyboardChoose("evidenceSufficient", "yes");
        keyboardType("rationale", "first offence, admitted at the scene");
        keyboardContinue("Continue");

        assertThat(b.heading()).isEqualTo("Check your answers before the decision");
        assertThat(b.text(".govuk-summary-list")).contains("Shoplifting", "Robin Keyboard", "An apology, please.");
        b.assertAccessible("check your answers, by keyboard");
        keyboardContinue("Record the case and see the decision");

        assertThat(b.heading()).isEqualTo("A community resolution is permitted");
        b.assertAccessible("decision page, by keyboard");
        tabTo(e -> "Go to the case".equals(e.getText()));
        b.enter(active());

        assertThat(b.text("h1 .govuk-tag")).isEqualTo("Decided");
        b.assertAccessible("case page, by keyboard");
        tabTo(e -> "Record the agreement".equals(e.getText()));
        b.enter(active());

        assertThat(b.heading()).isEqualTo("Record the agreement");
        b.assertAccessible("agreement page, by keyboard");
        keyboardChoose("offenderAccepts", "yes");
        String views = "\"I'd like a written apology by the end of the month.\"";
        tabTo(e -> "victimViews".equals(e.getAttribute("id")));
        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        active().sendKeys(views);
        keyboardChoose("victimConsents", "yes");
        keyboardContinue("Continue to the conditions");

        assertThat(b.heading()).isEqualTo("Conditions of the agreement");
        b.assertAccessible("conditions page, by keyboard");
        keyboardChoose("type", "APOLOGY");
        keyboardType("detail", "written apology to the shop manager");
        keyboardDate("due", LocalDate.now().plusDays(14));
        keyboardContinue("Add this condition");
        assertThat(b.text(".govuk-summary-list")).contains("Apology", "written apology to the shop manager");
        keyboardContinue("Record the agreement");

        assertThat(b.text(".govuk-notification-banner")).contains("The agreement has been recorded");
        assertThat(b.text("h1 .govuk-tag")).isEqualTo("Agreed");
        assertThat(b.text("main")).contains(views);
        b.assertAccessible("agreed case, by keyboard");
    }

    /** Tabs to the text field or text area with this id and types into it. */
    private void keyboardType(String id, String text) {
        tabTo(e -> id.equals(e.getAttribute("id")));
        active().sendKeys(text);
    }

    /** Tabs to a date's day field, then types the day, month and year, tabbing between them. */
    private void keyboardDate(String name, LocalDate date) {
        keyboardType(name, String.valueOf(date.getDayOfMonth()));
        active().sendKeys(Keys.TAB);
        active().sendKeys(String.valueOf(date.getMonthValue()));
        active().sendKeys(Keys.TAB);
        active().sendKeys(String.valueOf(date.getYear()));
    }

    /**
     * Tabs into a group of radios (the focus lands on its first radio) and selects the one with this value: Space for
     * the first, the arrow keys for the others.
     */
    private void keyboardChoose(String name, String value) {
        tabTo(e -> name.equals(e.getAttribute("name")));
        if (value.equals(active().getAttribute("value"))) {
            active().sendKeys(Keys.SPACE);
        }
        for (int i = 0; i < 10 && !value.equals(active().getAttribute("value")); i++) {
            active().sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(active().getAttribute("value")).as(name).isEqualTo(value);
        assertThat(active().isSelected()).as(name + " selected").isTrue();
    }

    /** Tabs to the button with this text and presses Enter on it. */
    private void keyboardContinue(String button) {
        tabTo(e -> "button".equals(e.getTagName()) && button.equals(e.getText()));
        browser.enter(active());
    }

    private WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    private void tabTo(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            active().sendKeys(Keys.TAB);
            if (wanted.test(active())) {
                return;
            }
        }
        throw new AssertionError("the keyboard did not reach the element on " + browser.path());
    }

    private static String ref(String id) {
        return id.substring(0, 8).toUpperCase(java.util.Locale.UK);
    }
}
