package workshop.verification.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The inspector page in a real browser (headless Chromium from the OS's packages, driven by
 * Selenium), in front of step 2's solution as {@code ./workshop run} serves it: a PATCH behind the
 * cache's back shows up as a STALE row; the page's clock button moves the cache past the TTL and
 * the row clears; a removed membership that stays cached is STALE too. Values are shown as text: a
 * first name that is a script tag stays text.
 *
 * <p>With {@code -Dworkshop.inspector.screenshot=docs/figures/inspector.png} it saves the page for
 * chapter 2 as it shows the stale user, before the membership is removed (relative paths are taken
 * from the workshop's root).
 * Skipped, saying why, where no Chromium and chromedriver are installed ({@code .ci/run} installs them).
 *
 * <p>{@code .ci/run} installs them beside the build, not before it (apt-get takes most of a minute
 * that the build's first modules leave the cores idle for), and names in {@value #INSTALL_ENDED} the
 * file it writes when the install has ended: the test waits for that file before it looks.
 */
class InspectorBrowserTest {
    private static final List<Path> BROWSERS = List.of(
            Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** The variable naming the file .ci/run writes once the browser install it started has ended. */
    private static final String INSTALL_ENDED = "WORKSHOP_BROWSER_INSTALL_ENDED";
    /** The install takes about a minute and ends long before this test runs; this bounds a stuck one. */
    private static final Duration INSTALL_WAIT = Duration.ofMinutes(10);

    private static final String SCRIPT_NAME = "<script>window.pwned=1</script>";
    /** Selenium looks for DevTools support matching this Chromium; the test needs none, so it stays quiet (held here, as loggers are weakly kept). */
    private static final java.util.logging.Logger DEVTOOLS_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private ServedStep served;
    private WebDriver browser;
    private Path profile;

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void aStaleRowShowsAndClearsWhenTheClockButtonIsClicked() throws Exception {
        Path chromium = installedBrowser();
        assumeTrue(
                System.getenv("MOMENTO_API_KEY") == null,
                "MOMENTO_API_KEY is set: this test needs the workshop's local Momento server");
        served = new ServedStep("step-2", "accounts", "accounts", false);
        walkthroughData();
        send("GET", "/users/oliviaowner", null, null);
        send(
                "PATCH",
                "/users/oliviaowner",
                "oliviaowner",
                "{\"lastName\":\"Jones\"}"); // behind the cache's back, in step 2
        send("GET", "/users/oliviaowner", null, null); // the stale read, for the page's request list

        browser = startBrowser(chromium);
        browser.get(served.baseUrl() + "/_workshop/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        // Chapter 2's moment: the stale name, and nothing yet of the revocation the chapter asks the
        // learner to try next, so the screenshot does not give that experiment away.
        wait.until(page -> rowIs("USER#oliviaowner", "stale"));
        assertThat(rowText("USER#oliviaowner")).contains("STALE", "Smith", "Jones");
        assertThat(rowText("MEMBER#olivia-org#membermichael")).doesNotContain("STALE");
        assertThat(rowText("ORG#olivia-org")).contains("fresh");
        saveScreenshotIfAsked();

        // The revocation: the removed membership stays cached, so its row turns STALE.
        send("GET", "/organizations/olivia-org/members/membermichael", null, null);
        send("DELETE", "/organizations/olivia-org/members/membermichael", "oliviaowner", null);
        wait.until(page -> rowIs("MEMBER#olivia-org#membermichael", "stale"));
        assertThat(rowText("MEMBER#olivia-org#membermichael")).contains("STALE", "no item");

        // Values are text: the script tag in a name is shown, not run, and no markup from data appears.
        send(
                "POST",
                "/users",
                null,
                "{\"username\":\"scripted\",\"firstName\":\"" + SCRIPT_NAME + "\",\"lastName\":\"<b>bold</b>\"}");
        send("GET", "/users/scripted", null, null);
        wait.until(page -> rowIs("USER#scripted", "fresh"));
        assertThat(rowText("USER#scripted")).contains(SCRIPT_NAME, "<b>bold</b>");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"))
                .isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("#entries script, #entries b, #requests script")))
                .isEmpty();

        browser.findElement(By.id("advance-60")).click();
        wait.until(page -> rowIs("USER#oliviaowner", "uncached"));
        assertThat(rowText("USER#oliviaowner")).contains("not cached", "Jones").doesNotContain("STALE");
        assertThat(browser.findElement(By.id("clock-skew")).getText())
                .isEqualTo("Cache clock: 60 s ahead of real time");

        send("GET", "/users/oliviaowner", null, null);
        wait.until(page -> rowIs("USER#oliviaowner", "fresh"));
        assertThat(rowText("USER#oliviaowner")).doesNotContain("Smith");
    }

    private void walkthroughData() throws Exception {
        send("POST", "/users", null, "{\"username\":\"oliviaowner\",\"firstName\":\"Olivia\",\"lastName\":\"Smith\"}");
        send(
                "POST",
                "/users",
                null,
                "{\"username\":\"membermichael\",\"firstName\":\"Michael\",\"lastName\":\"Scott\"}");
        send("POST", "/organizations", "oliviaowner", "{\"organizationName\":\"olivia-org\"}");
        send(
                "POST",
                "/organizations/olivia-org/members",
                "oliviaowner",
                "{\"username\":\"membermichael\",\"role\":\"Member\"}");
    }

    /**
     * A row's class and text, read in one step inside the page: the page refreshes every second, so
     * element handles kept across calls could go stale.
     */
    private Optional<Row> row(String key) {
        Object found = ((JavascriptExecutor) browser)
                .executeScript(
                        "for (const row of document.querySelectorAll('#entries tbody tr')) {"
                                + "  if (row.dataset.key === arguments[0]) { return [row.className, row.innerText]; }"
                                + "}"
                                + "return null;",
                        key);
        if (found == null) {
            return Optional.empty();
        }
        List<?> classAndText = (List<?>) found;
        return Optional.of(new Row((String) classAndText.get(0), (String) classAndText.get(1)));
    }

    private record Row(String className, String text) {}

    private boolean rowIs(String key, String className) {
        return row(key).filter(row -> row.className().equals(className)).isPresent();
    }

    private String rowText(String key) {
        return row(key).map(Row::text).orElseThrow(() -> new AssertionError("The page shows no row for " + key));
    }

    private HttpResponse<String> send(String method, String path, String actor, String body) throws Exception {
        HttpResponse<String> response = served.send(method, path, actor, body);
        assertThat(response.statusCode())
                .as("%s %s: %s", method, path, response.body())
                .isLessThan(300);
        return response;
    }

    /** The installed Chromium; skips the test, saying why, when there is none. */
    private static Path installedBrowser() throws IOException, InterruptedException {
        String install = installBesideTheBuild();
        Optional<Path> browser = BROWSERS.stream().filter(Files::isExecutable).findFirst();
        String missing = browser.isEmpty()
                ? "no Chromium (looked for " + BROWSERS + ")"
                : !Files.isExecutable(DRIVER) ? "no chromedriver at " + DRIVER : null;
        if (missing != null) {
            String reason = "Skipping the inspector's browser test: " + missing + install
                    + ". Install them with: apt-get install -y chromium chromium-driver (.ci/run does this when it runs as root).";
            System.out.println(reason);
            assumeTrue(false, reason);
        }
        return browser.get();
    }

    /**
     * Waits until the browser install .ci/run started beside the build has ended, when it started
     * one; what that install said ("" when there was none), for the reason of a skip.
     */
    private static String installBesideTheBuild() throws IOException, InterruptedException {
        String ended = System.getenv(INSTALL_ENDED);
        if (ended == null || ended.isBlank()) {
            return "";
        }
        Path file = Path.of(ended);
        long deadline = System.nanoTime() + INSTALL_WAIT.toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                return " (the install .ci/run started had not ended after " + INSTALL_WAIT.toMinutes() + " minutes)";
            }
            Thread.sleep(500);
        }
        return " (the install .ci/run started says: " + Files.readString(file).strip() + ")";
    }

    /**
     * Headless Chromium with a fresh profile, and no background traffic: on a closed network
     * Chromium otherwise waits on connections it cannot make. The driver and browser are named
     * explicitly, so Selenium Manager never tries to download either.
     */
    private WebDriver startBrowser(Path chromium) throws IOException {
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
        profile = Files.createTempDirectory("inspector-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-extensions",
                "--window-size=1280,860",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private void saveScreenshotIfAsked() throws IOException {
        String target = System.getProperty("workshop.inspector.screenshot");
        if (target == null || target.isBlank()) {
            return;
        }
        Path file = workshopRoot().resolve(target);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png);
        System.out.println("Saved the inspector's screenshot to " + file.toAbsolutePath());
    }

    private static Path workshopRoot() {
        Path here = Path.of("").toAbsolutePath();
        if (Files.exists(here.resolve("workshop"))) {
            return here;
        }
        if (here.getParent() != null && Files.exists(here.getParent().resolve("workshop"))) {
            return here.getParent();
        }
        throw new UncheckedIOException(new IOException("Cannot find the workshop's root from " + here));
    }
}
