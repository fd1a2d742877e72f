package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.cases.Agreement;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.ClosedCases;
import uk.crs.cases.CommandResult;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.ConditionType;
import uk.crs.cases.OpenCase;
import uk.crs.cases.Opening;
import uk.crs.testing.PostgresServer;
import uk.crs.users.Role;
import uk.crs.users.User;
import uk.crs.users.Users;

/**
 * /analysis/compliance in a real browser against the application in demo mode (whose closed cases are Durham's),
 * with Cleveland cases closed here through the case workflow: an analyst's journey through the default (protected)
 * view, another period, a bad period, the CSV downloads, the internal view with the case to follow up; other roles and
 * another force's analyst kept out on the server; axe-core's WCAG 2.2 A and AA rules on every page and error state.
 * Every number is checked against the cases made here (or, for Durham, against the closed cases in the store).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "crs.demo=true")
class CompliancePagesIT {

    static final String PASSWORD = "long enough password";

    @LocalServerPort
    int port;

    @Autowired
    CaseHandling handling;

    @Autowired
    Users users;

    @Autowired
    ClosedCases closedCases;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    Browser browser;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The Cleveland cases closed here, once for the class. */
    static @Nullable Made made;

    /**
     * What was made: each case's id, whether it needed authorisation, whether its conditions were completed, and the
     * one whose authorisation was then changed to a rank below the one required.
     */
    record Made(List<String> ids, int neededAuthorisation, int completed, String againstPolicy) {}

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        PostgresServer server = PostgresServer.get();
        String url = server.createDatabase("compliancepages");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
        String home = Files.createTempDirectory("crs-compliance-").toString();
        registry.add("crs.home", () -> home);
    }

    @BeforeEach
    void open() {
        if (made == null) {
            made = seed();
        }
        browser = Browser.open(base());
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

    Made made() {
        return java.util.Objects.requireNonNull(made);
    }

    @Test
    void anAnalystSeesTheirForcesComplianceProtectedByDefaultThenAnotherPeriodAndTheCsv() {
        Browser b = browser;
        b.signIn("analyst-cleveland", PASSWORD);
        b.go("/");
        b.click("#home-compliance");
        assertThat(b.path()).isEqualTo("/analysis/compliance");
        assertThat(b.heading()).isEqualTo("Compliance with community resolution policy");
        assertThat(b.text(".govuk-caption-l")).startsWith("Cleveland Police");
        // the default period: the last 12 months of closure, this month (from the application's clock) so far
        YearMonth now = YearMonth.now(clock);
        assertThat(b.find("#from").getAttribute("value"))
                .isEqualTo(now.minusMonths(11).toString());
        assertThat(b.find("#to").getAttribute("value")).isEqualTo(now.toString());
        // protected by default: perturbed counts (at most 2 from the truth), the method said, no case named
        assertThat(b.text("#view-note")).contains("Protected view", "perturbed");
        assertThat(b.all("#internal-warning")).isEmpty();
        assertThat(b.all("#against-policy")).isEmpty();
        assertThat(b.driver.getPageSource()).doesNotContain(made().againstPolicy());
        assertThat(b.text("#method")).contains("cell key method");
        Map<String, Long> shown = counts();
        int closed = made().ids().size();
        assertThat(shown.get("closed")).isBetween(closed - 2L, closed + 2L);
        assertThat(shown.get("authorisationRequired"))
                .isBetween(made().neededAuthorisation() - 2L, made().neededAuthorisation() + 2L);
        assertThat(shown.get("conditionsCompleted")).isBetween(made().completed() - 2L, made().completed() + 2L);
        assertThat(shown.get("reservedOffence")).isBetween(0L, 2L);
        // every measure in words: its count, what it is out of, the share and its Wilson interval
        assertThat(b.all("#measures-table tbody tr")).hasSize(14);
        assertThat(b.text("#measure-victimConsulted"))
                .matches("Victim's views recorded \\d+ \\d+ with a victim \\d+\\.\\d% \\d+\\.\\d+% to \\d+\\.\\d+%");
        assertThat(b.text("#summary")).contains(shown.get("closed") + " community resolutions were closed");
        // the chart: one column a month, each named with its count
        assertThat(b.find("#month-chart svg").getAttribute("aria-label"))
                .startsWith("CRs closed by month, Cleveland Police");
        List<WebElement> columns = b.all("#month-chart svg rect title");
        assertThat(columns).hasSize(12);
        assertThat(columns.get(11).getAttribute("textContent")).isEqualTo(now + ": " + shown.get("closed"));
        b.assertAccessible("compliance, protected view");

        // the CSV downloads are the same figures: the months as crs compliance --format csv writes them
        String months = get("analyst-cleveland", href("#download-months")).body();
        List<String> lines = months.lines().toList();
        assertThat(lines.get(0)).startsWith("month,closed,authorisationRequired,authorisedByRequiredRank,");
        assertThat(lines).hasSize(12 + 3);
        assertThat(lines.get(12)).startsWith(now + "," + shown.get("closed") + ",");
        assertThat(lines.get(13)).startsWith("TOTAL," + shown.get("closed") + "," + shown.get("authorisationRequired"));
        assertThat(lines.get(14)).contains("cell key method");
        HttpResponse<String> rates = get("analyst-cleveland", href("#download-rates"));
        assertThat(rates.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(rates.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("crs-compliance-rates-cleveland-"));
        assertThat(rates.body())
                .startsWith("measure,label,count,rateOf,rateOfCount,rate,ci95Low,ci95High\n")
                .contains("\nconditionsCompleted,\"all conditions completed\"," + shown.get("conditionsCompleted")
                        + ",closed," + shown.get("closed") + ",");

        // another period: last month alone has none of these cases; this month alone has them all
        YearMonth last = now.minusMonths(1);
        b.type("from", last.toString());
        b.type("to", last.toString());
        b.click("#apply");
        assertThat(b.path()).isEqualTo("/analysis/compliance?from=" + last + "&to=" + last);
        assertThat(counts().get("closed")).isZero();
        assertThat(b.text("#summary")).startsWith("0 community resolutions were closed in this period.");
        assertThat(b.all("#months-authorisation tbody tr")).hasSize(2); // the month and the whole period
        b.type("from", now.toString());
        b.type("to", now.toString());
        b.click("#apply");
        assertThat(counts()).isEqualTo(shown);
        b.assertAccessible("compliance, one month");
    }

    @Test
    void theInternalViewShowsTrueCountsAndTheCaseClosedAgainstPolicy() {
        Browser b = browser;
        b.signIn("analyst-cleveland", PASSWORD);
        b.go("/analysis/compliance");
        b.click("#internal-link");
        assertThat(b.path()).contains("view=internal");
        assertThat(b.text("#internal-warning")).contains("Internal view", "Do not publish");
        Map<String, Long> shown = counts();
        assertThat(shown.get("closed")).isEqualTo((long) made().ids().size());
        assertThat(shown.get("authorisationRequired")).isEqualTo((long) made().neededAuthorisation());
        assertThat(shown.get("authorisedByRequiredRank")).isEqualTo(made().neededAuthorisation() - 1L);
        assertThat(shown.get("withVictim")).isEqualTo((long) made().ids().size());
        assertThat(shown.get("victimConsented")).isEqualTo((long) made().ids().size());
        assertThat(shown.get("victimOverridden")).isZero();
        assertThat(shown.get("conditionsCompleted")).isEqualTo((long) made().completed());
        assertThat(shown.get("closedWithin30Days"))
                .isEqualTo((long) made().ids().size());
        assertThat(shown.get("againstPolicy")).isEqualTo(1L);
        assertThat(b.text("#measure-authorisedByRequiredRank"))
                .contains((made().neededAuthorisation() - 1) + " " + made().neededAuthorisation()
                        + " that needed authorisation");
        assertThat(b.text("#method")).contains("INTERNAL");
        // the case to follow up, by the reference officers quote and its id, and no other
        List<WebElement> rows = b.all("#against-policy-table tbody tr");
        assertThat(rows).hasSize(1);
        String id = made().againstPolicy();
        assertThat(rows.get(0).getText()).isEqualTo(id.substring(0, 8).toUpperCase(java.util.Locale.UK) + " " + id);
        b.assertAccessible("compliance, internal view");
        String csv = get("analyst-cleveland", href("#download-months")).body();
        assertThat(csv).contains("\nTOTAL," + made().ids().size() + "," + made().neededAuthorisation() + ",");
        assertThat(csv).contains("INTERNAL");
        b.click("#protected-link");
        assertThat(b.path()).doesNotContain("internal");
        assertThat(b.all("#internal-warning")).isEmpty();
        assertThat(b.all("#against-policy-table")).isEmpty();
    }

    @Test
    void aBadPeriodIsNamedWithA400AndNothingShown() {
        Browser b = browser;
        b.signIn("analyst-cleveland", PASSWORD);
        b.go("/analysis/compliance?from=2026-13&to=soon");
        assertThat(b.errorSummary())
                .containsExactly(
                        "From must be a year and month as YYYY-MM, like 2026-01",
                        "To must be a year and month as YYYY-MM, like 2026-01");
        assertThat(b.find("#from").getAttribute("value")).isEqualTo("2026-13");
        assertThat(b.all("#measures-table")).isEmpty();
        assertThat(b.driver.getTitle()).startsWith("Error: ");
        b.assertAccessible("compliance, bad period");
        YearMonth now = YearMonth.now(clock);
        b.go("/analysis/compliance?from=" + now + "&to=" + now.minusMonths(1));
        assertThat(b.errorSummary()).containsExactly("To must be the same month as From or later");
        b.assertAccessible("compliance, period the wrong way round");

        HttpResponse<String> future = get("analyst-cleveland", "/analysis/compliance?to=" + now.plusMonths(1));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("To must be this month (" + now + ") or earlier");
        HttpResponse<String> tooLong =
                get("analyst-cleveland", "/analysis/compliance?from=" + now.minusYears(11) + "&to=" + now);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("From must be at most 120 months (ten years) before To");
        HttpResponse<String> view = get("analyst-cleveland", "/analysis/compliance?view=everything");
        assertThat(view.statusCode()).isEqualTo(400);
        assertThat(view.body()).contains("Choose the protected view or the internal view");
        HttpResponse<String> csv = get("analyst-cleveland", "/analysis/compliance/download/months?from=2026-1");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.body()).isEqualTo("From must be a year and month as YYYY-MM, like 2026-01\n");
        assertThat(get("analyst-cleveland", "/analysis/compliance/download/secrets")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyTheForcesAnalystsAndAdministratorsGetInAndNeverToAnotherForce() {
        HttpResponse<String> anonymous = get(null, "/analysis/compliance");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
        assertThat(get(null, "/analysis/compliance/download/months").statusCode())
                .isEqualTo(302);
        for (String user : List.of("officer", "superintendent", "auditor", "panel-chair")) {
            assertThat(get(user, "/analysis/compliance").statusCode()).as(user).isEqualTo(403);
            assertThat(get(user, "/analysis/compliance/download/rates").statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(get("admin", "/analysis/compliance").statusCode()).isEqualTo(200);
        // another force's analyst cannot ask for Durham, on the page or as CSV, in either view
        assertThat(get("analyst-cleveland", "/analysis/compliance?force=durham").statusCode())
                .isEqualTo(403);
        assertThat(get("analyst-cleveland", "/analysis/compliance/download/months?force=durham&view=internal")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("analyst", "/analysis/compliance?force=cleveland&view=internal")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("analyst", "/analysis/compliance?force=durham").statusCode())
                .isEqualTo(200);
        Browser b = browser;
        b.signIn("officer", "demo");
        b.go("/analysis/compliance");
        assertThat(b.heading()).isNotEqualTo("Compliance with community resolution policy");
        b.assertAccessible("403 page for compliance");
    }

    @Test
    void theDemoShowsDurhamsClosedCasesToItsAnalystAndNoneOfAnotherForce() {
        Browser b = browser;
        b.signIn("analyst", "demo");
        b.click("#navigation a[href='/analysis']");
        b.click("#compliance-link");
        assertThat(b.path()).isEqualTo("/analysis/compliance");
        assertThat(b.text(".govuk-caption-l")).startsWith("Durham Constabulary");
        YearMonth now = YearMonth.now(clock);
        int durham = closedCases
                .closedIn(
                        List.of("durham"),
                        now.minusMonths(11)
                                .atDay(1)
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toInstant(),
                        now.plusMonths(1)
                                .atDay(1)
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toInstant())
                .size();
        // the demo closes its cases at start-up, so the default period holds every one of them
        assertThat(durham).isGreaterThanOrEqualTo(20);
        assertThat(counts().get("closed")).isBetween(durham - 2L, durham + 2L);
        b.assertAccessible("compliance, the demo's Durham");
        b.screenshotWholePage("compliance");
        // the methods' long addresses wrap
        b.assertNothingRunsOffThePage("compliance");
        WebElement chart = b.find("#month-chart");
        b.driver.executeScript("arguments[0].scrollIntoView(true)", chart);
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(
                    folder.resolve("chart-compliance.png"),
                    chart.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.click("#internal-link");
        assertThat(counts().get("closed")).isEqualTo((long) durham);
        // none of Cleveland's cases is Durham's
        assertThat(b.driver.getPageSource()).doesNotContain(made().againstPolicy());
    }

    private String href(String css) {
        return java.util.Objects.requireNonNull(browser.find(css).getAttribute("href"), css);
    }

    /** The page's counts over the period by measure (the CSV's names), read from the measures table. */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WebElement row : browser.all("#measures-table tbody tr")) {
            String field = String.valueOf(row.getAttribute("id")).substring("measure-".length());
            String number = row.findElements(org.openqa.selenium.By.cssSelector("td"))
                    .get(0)
                    .getText()
                    .replace(",", "");
            counts.put(field, Long.parseLong(number));
        }
        return counts;
    }

    /** Cleveland cases closed through the workflow this month, and one changed to be against policy. */
    private Made seed() {
        User officer = users.find("officer-cleveland").orElseThrow();
        User superintendent = users.add("superintendent-cleveland", Role.SUPERINTENDENT, "cleveland", PASSWORD);
        users.add("analyst-cleveland", Role.ANALYST, "cleveland", PASSWORD);
        List<String> ids = new ArrayList<>();
        List<String> authorised = new ArrayList<>();
        int completed = 0;
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 9; i++) {
            boolean hate = i < 4;
            boolean complete = i % 3 != 0;
            Opening opening = handling.open(officer, new OpenCase(JSON.writeValueAsBytes(facts(i, hate, today))));
            assertThat(opening).as(opening.toString()).isInstanceOf(Opening.Opened.class);
            CaseId id = ((Opening.Opened) opening).record().kase().id();
            if (((Opening.Opened) opening).record().kase().status() == CaseStatus.AWAITING_AUTHORISATION) {
                ok(handling.authorise(superintendent, id, null, true, "proportionate"));
                authorised.add(id.value());
            }
            ok(handling.agree(
                    officer,
                    id,
                    null,
                    new Agreement(
                            true,
                            "asks for a letter of apology",
                            true,
                            null,
                            List.of(new Condition(
                                    1, ConditionType.APOLOGY, "written apology", today.plusDays(14), null, null)))));
            ok(handling.recordOutcome(
                    officer,
                    id,
                    null,
                    1,
                    complete ? ConditionOutcome.Status.COMPLETED : ConditionOutcome.Status.NOT_COMPLETED,
                    complete ? "letter seen" : "no letter by the due date"));
            ok(handling.close(officer, id, null, complete ? CaseStatus.COMPLETED : CaseStatus.NOT_COMPLETED, true));
            ids.add(id.value());
            completed += complete ? 1 : 0;
        }
        assertThat(authorised).hasSize(4);
        // The workflow never closes a case against policy; a record brought in from another system can be one. Made
        // here by recording the first authorisation as given by an officer, below every rank a decision asks for.
        String against = authorised.get(0);
        int changed = new JdbcTemplate(dataSource)
                .update(
                        "UPDATE case_authorisations SET by_role = 'OFFICER' WHERE case_id = ? AND kind ="
                                + " 'AUTHORISATION'",
                        against);
        assertThat(changed).isEqualTo(1);
        return new Made(ids, authorised.size(), completed, against);
    }

    private static Map<String, Object> facts(int i, boolean hate, LocalDate today) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("force", "cleveland");
        facts.put("offence", Map.of("code", "46", "date", today.minusDays(3).toString(), "valueGbp", 25));
        facts.put(
                "offender",
                Map.of(
                        "age", 20 + i,
                        "acceptsResponsibility", true,
                        "appropriateAdultPresent", false,
                        "history", List.of(),
                        "name", "Offender " + i,
                        "dateOfBirth", "1990-01-1" + i,
                        "contact", "0770090" + (2000 + i)));
        facts.put(
                "victim",
                Map.of(
                        "identified",
                        true,
                        "consulted",
                        true,
                        "consents",
                        true,
                        "views",
                        "wants an apology",
                        "name",
                        "Shop " + i,
                        "contact",
                        "shop" + i + "@example.org"));
        facts.put("circumstances", Map.of("hateAggravated", hate, "injury", "NONE"));
        facts.put("aggravating", List.of());
        facts.put("mitigating", List.of());
        facts.put("evidenceSufficient", true);
        facts.put("rationale", "first offence, goods recovered");
        return facts;
    }

    private static void ok(CommandResult<?> result) {
        assertThat(result).as(result.toString()).isInstanceOf(CommandResult.Done.class);
    }

    private HttpResponse<String> get(@Nullable String user, String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (user != null) {
            String password = user.endsWith("-cleveland") ? PASSWORD : "demo";
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
