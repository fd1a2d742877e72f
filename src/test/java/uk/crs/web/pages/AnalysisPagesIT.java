package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.crs.testing.PostgresServer;

/**
 * The analysis pages in a real browser against the application in demo mode, which loads its sample of real
 * data.police.uk files (January 2024, ten forces) into an empty analytics store: what an analyst sees, the filters,
 * a force's page, the CSV downloads, who is let in, and axe-core's WCAG 2.2 A and AA rules on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "crs.demo=true")
class AnalysisPagesIT {

    @LocalServerPort
    int port;

    Browser browser;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        PostgresServer server = PostgresServer.get();
        String url = server.createDatabase("analysis");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", server::password);
        String home = Files.createTempDirectory("crs-analysis-").toString();
        registry.add("crs.home", () -> home);
    }

    @BeforeEach
    void open() {
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

    @Test
    void anAnalystSeesCoverageTheNationalSummaryChartsAndTablesAndFiltersThem() {
        Browser b = browser;
        b.signIn("analyst", "demo");
        b.click("#navigation a[href='/analysis']");
        assertThat(b.heading()).isEqualTo("Community resolutions in England and Wales");
        assertThat(b.text("#report-title"))
                .isEqualTo("Community resolutions: All forces with data loaded, 2024-01 to 2024-01, common period"
                        + " (police-uk)");
        assertThat(b.text("#disclosure")).contains("counts are shown in full", "open data");
        // Coverage first: a sample force with its month, and a force with no file, in different words.
        assertThat(row("#coverage-table", "Cleveland Police")).contains("outcomes loaded", "2024-01");
        assertThat(row("#coverage-table", "Kent Police")).contains("no file loaded");
        assertThat(b.text("#national-summary")).contains("of crimes with an assigned outcome", "community resolutions");
        // The charts are inline SVG, each named for screen readers.
        assertThat(b.find("#funnel-chart svg").getAttribute("aria-label")).startsWith("Funnel plot");
        assertThat(b.all("#funnel-chart svg circle title")).hasSize(10);
        assertThat(b.find("#bars-chart svg").getAttribute("aria-label")).contains("by force");
        assertThat(b.find("#trend-chart svg").getAttribute("aria-label")).startsWith("Trend");
        assertThat(row("#forces-table", "Durham Constabulary")).containsPattern("\\d+\\.\\d% to \\d+\\.\\d%");
        assertThat(row("#forces-table", "Kent Police")).contains("no outcome data");
        String allTypes = b.text("#national-summary");
        b.assertAccessible("analysis page");
        b.screenshot("analysis");
        chart("#funnel-chart", "chart-funnel");
        chart("#bars-chart", "chart-bars");
        chart("#trend-chart", "chart-trend");

        b.find("#crimeType").sendKeys("Shoplifting");
        b.click("#apply");
        assertThat(b.path()).startsWith("/analysis?").contains("crimeType=Shoplifting");
        assertThat(b.text("#report-title")).endsWith(", Shoplifting");
        assertThat(b.text("#national-summary")).isNotEqualTo(allTypes);
        assertThat(b.all("#crime-types-table tbody tr")).hasSize(1);
        b.assertAccessible("analysis page filtered by crime type");

        b.find("#force").sendKeys("Durham");
        b.click("#apply");
        assertThat(b.path()).isEqualTo("/analysis/forces/durham?crimeType=Shoplifting");
        assertThat(b.heading()).isEqualTo("Community resolutions: Durham Constabulary");
        assertThat(b.text("#report-title")).contains("Durham Constabulary");
        assertThat(b.all("#forces-table tbody tr")).hasSize(1);
        assertThat(b.all("#coverage-table tbody tr")).hasSize(1);
        b.assertAccessible("a force's page");
        b.screenshot("analysis-force");
    }

    @Test
    void aBadFilterIsNamedOnThePageWithA400AndNothingElseIsShown() {
        Browser b = browser;
        b.signIn("analyst", "demo");
        b.go("/analysis?from=2024-13&crimeType=Piracy");
        assertThat(b.errorSummary())
                .containsExactly("Choose the first month from the list", "Choose a crime type from the list");
        assertThat(b.all("#report-title")).isEmpty();
        b.assertAccessible("analysis page with errors");
        assertThat(get("analyst", "/analysis?from=2024-02&to=2024-01").statusCode())
                .isEqualTo(400);
        assertThat(get("analyst", "/analysis?force=atlantis").body()).contains("Choose a force from the list");
        HttpResponse<String> period = get("analyst", "/analysis?period=sometimes");
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(period.body()).contains("Choose the common period or all months");
        assertThat(get("analyst", "/analysis?period=all").body())
                .contains("2024-01 to 2024-01 (police-uk)")
                .contains("Period: all months loaded (--period all)");
        assertThat(get("analyst", "/analysis/forces/atlantis").statusCode()).isEqualTo(404);
        assertThat(get("analyst", "/analysis/download/secrets").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = get("analyst", "/analysis/download/forces?to=someday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("Choose the last month from the list\n");
    }

    @Test
    void everyTableDownloadsAsCsvWithTheSameFilters() {
        HttpResponse<String> forces = get("analyst", "/analysis/download/forces?crimeType=Shoplifting");
        assertThat(forces.statusCode()).isEqualTo(200);
        assertThat(forces.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(forces.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("crs-analysis-forces.csv"));
        List<String> lines = forces.body().lines().toList();
        assertThat(lines.get(0)).startsWith("table,force,slug,year,crimeType,crimes,pending,communityResolutions");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("FORCE,Durham Constabulary,durham,"));
        // Every row is a force, then the disclosure position and the period, as NOTE rows.
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).matches("(FORCE|NOTE),.*"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("NOTE,\"Disclosure: counts are shown in full"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("NOTE,\"Period: the common period"));
        for (String table : AnalysisPages.TABLES.keySet()) {
            assertThat(get("analyst", "/analysis/download/" + table).statusCode())
                    .as(table)
                    .isEqualTo(200);
        }
        String coverage = get("analyst", "/analysis/download/coverage").body();
        assertThat(coverage).startsWith("force,slug,state,monthsLoaded,numberOfMonths");
        assertThat(coverage).contains("Cleveland Police,cleveland,outcomes loaded,2024-01,1");
        // A force's page offers its own rows.
        String durham = get("analyst", "/analysis/download/forces-by-crime-type?force=durham")
                .body();
        assertThat(durham.lines().skip(1).filter(l -> !l.startsWith("NOTE,")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("FORCE_CRIME_TYPE,Durham Constabulary,durham,"));
    }

    @Test
    void thePagesAreForAnalystsUnlessTheSettingOpensThem() {
        HttpResponse<String> anonymous = get(null, "/analysis");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
        assertThat(get(null, "/analysis/download/forces").statusCode()).isEqualTo(302);
        assertThat(get("officer", "/analysis").statusCode()).isEqualTo(403);
        assertThat(get("auditor", "/analysis/download/forces").statusCode()).isEqualTo(403);
        assertThat(get("analyst", "/analysis").statusCode()).isEqualTo(200);
        Browser b = browser;
        b.signIn("officer", "demo");
        assertThat(b.all("#navigation a[href='/analysis']")).isEmpty();
        b.go("/analysis");
        assertThat(b.heading()).isNotEqualTo("Community resolutions in England and Wales");
        b.assertAccessible("403 page for the analysis pages");
    }

    /** Saves a PNG of one chart, as the browser draws it, to target/screenshots (docs/ keeps copies). */
    private void chart(String css, String name) {
        WebElement chart = browser.find(css);
        browser.driver.executeScript("arguments[0].scrollIntoView(true)", chart);
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), chart.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String row(String table, String heading) {
        for (WebElement row : browser.all(table + " tbody tr")) {
            if (row.getText().startsWith(heading)) {
                return row.getText();
            }
        }
        throw new AssertionError("no row " + heading + " in " + table);
    }

    private HttpResponse<String> get(@Nullable String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (user != null) {
            request.header("Authorization", Api.basic(user));
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
