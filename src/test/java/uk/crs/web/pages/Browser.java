package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its chromedriver, headless, with axe-core run inside the page. Without Chromium the
 * browser tests are skipped with a message, except under {@code CI=true}, where that is a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Browser open(String base) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
            assertThat("true".equals(System.getenv("CI")))
                    .as(message + "; under CI=true the browser tests must run")
                    .isFalse();
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // CI runs as root, where Chromium's sandbox cannot start
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, base);
    }

    void go(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String heading() {
        return text("h1");
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void date(String name, java.time.LocalDate date) {
        type(name, String.valueOf(date.getDayOfMonth()));
        type(name + "-month", String.valueOf(date.getMonthValue()));
        type(name + "-year", String.valueOf(date.getYear()));
    }

    /** Clicks the radio or checkbox of this name with this value. */
    void choose(String name, String value) {
        find("input[name='" + name + "'][value='" + value + "']").click();
    }

    void submit() {
        navigateBy(
                find(
                        "main form[method='post'] button[type='submit'], main form[method='post'] .govuk-button:not(.govuk-button--secondary)"));
    }

    /** Clicks a button or link that loads another page, and waits until it has replaced this one. */
    void click(String css) {
        navigateBy(find(css));
    }

    /**
     * A click returns before the browser has necessarily replaced the page; reading the old page then finds nothing
     * (no error summary, for example). Wait until the old document is gone.
     */
    private void navigateBy(WebElement target) {
        navigateBy(target::click);
    }

    /** Presses Enter on a control that submits its form or follows its link, and waits for the next page. */
    void enter(WebElement target) {
        navigateBy(() -> target.sendKeys(Keys.ENTER));
    }

    private void navigateBy(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    void signIn(String username, String password) {
        go("/sign-in");
        type("username", username);
        type("password", password);
        navigateBy(find("main form button"));
    }

    void signOut() {
        navigateBy(find(".crs-sign-out"));
    }

    List<String> errorSummary() {
        return all(".govuk-error-summary__list a").stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Runs axe-core in the page with the WCAG 2.2 A and AA tags and asserts there is no violation. */
    void assertAccessible(String what) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(
                        "axe-core WCAG 2.2 AA violations on %s (%s):%n%s",
                        what,
                        path(),
                        violations.stream()
                                .map(v -> v.getId() + ": " + v.getHelp() + " at "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Asserts that nothing on the page runs past the window's right edge (long addresses must wrap). */
    void assertNothingRunsOffThePage(String what) {
        assertThat(driver.executeScript(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("%s (%s) is wider than the window", what, path())
                .isEqualTo(true);
    }

    /** Saves a PNG of the page to target/screenshots. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves a PNG of the whole page, up to 2,400 pixels high, by making the window as tall as the page for the
     * moment of the shot.
     */
    void screenshotWholePage(String name) {
        Dimension window = driver.manage().window().getSize();
        long viewport = number("return window.innerHeight");
        long page = number("return document.documentElement.scrollHeight");
        int height = (int) (Math.min(page, 2_400) + window.getHeight() - viewport);
        driver.manage().window().setSize(new Dimension(window.getWidth(), height));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private long number(String script) {
        return ((Number) java.util.Objects.requireNonNull(driver.executeScript(script), script)).longValue();
    }

    TakesScreenshot camera() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
