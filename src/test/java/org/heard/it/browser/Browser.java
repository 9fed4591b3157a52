package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for one test class: the browser and driver named by
 * {@code HEARD_TEST_CHROMIUM} and {@code HEARD_TEST_CHROMEDRIVER}, by default
 * Debian's chromium and chromedriver, never a downloaded browser; a fresh profile;
 * no network but loopback. Helpers wait for PrimeFaces' ajax queue (never sleep),
 * run axe-core against WCAG 2.2 AA, read the browser console for JavaScript
 * errors, and save screenshots under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    private static final String INSTALL =
            "`sudo apt-get install chromium chromium-driver`, or set HEARD_TEST_CHROMIUM and HEARD_TEST_CHROMEDRIVER";
    private static final Binary CHROMIUM =
            new Binary("HEARD_TEST_CHROMIUM", "/usr/bin/chromium", "Chromium", "Chromium or Google Chrome");
    private static final Binary CHROMEDRIVER = new Binary(
            "HEARD_TEST_CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver", "the chromedriver of that browser");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("heard.test.output", "target"), "screenshots");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        requireBinaries();
        try {
            profile = Files.createTempDirectory("heard-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.path().toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.path().toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * Fails with one line for each of the browser and its driver that is not an
     * executable file, saying how to fix it. Both are always given to Selenium, so
     * that Selenium Manager never downloads either.
     */
    static void requireBinaries() {
        List<String> problems = Stream.of(CHROMIUM, CHROMEDRIVER)
                .map(Binary::problem)
                .flatMap(Optional::stream)
                .toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(System.lineSeparator(), problems));
        }
    }

    /** A binary named by an environment variable, by default Debian's. */
    private record Binary(String variable, String debianDefault, String name, String what) {

        private String value() {
            String value = System.getenv(variable);
            return value == null || value.isEmpty() ? null : value;
        }

        Path path() {
            return Path.of(value() == null ? debianDefault : value());
        }

        Optional<String> problem() {
            Path path = path();
            if (Files.isRegularFile(path) && Files.isExecutable(path)) {
                return Optional.empty();
            }
            return Optional.of(
                    value() == null
                            ? name + " not found at " + path + ": " + INSTALL
                            : variable + "=" + path + " is not an executable file: point it at " + what);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Saves downloads into a fresh folder, through the DevTools protocol (headless
     * Chromium otherwise refuses them), and returns the folder.
     */
    public Path allowDownloads() {
        try {
            Path folder = Files.createTempDirectory(profile, "downloads");
            driver.executeCdpCommand(
                    "Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", folder.toString(), "eventsEnabled", true));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a completed download whose name ends with {@code suffix} is in {@code folder}. */
    public Path awaitDownload(Path folder, String suffix) {
        return waitUpTo(Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * Makes the page see a browser window of {@code width} by {@code height} pixels at
     * {@code zoom} (2 for 200 %): the page is laid out {@code width / zoom} CSS pixels
     * wide, as a zoomed browser lays it out. {@link #normalWindow()} undoes it.
     */
    public void emulateWindow(int width, int height, double zoom) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        (int) Math.round(width / zoom),
                        "height",
                        (int) Math.round(height / zoom),
                        "deviceScaleFactor",
                        zoom,
                        "mobile",
                        false));
    }

    /** The browser's own window again, after {@link #emulateWindow}. */
    public void normalWindow() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    public WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(driver, duration);
    }

    /**
     * Cuts the browser off the network, or connects it again, through ChromeDriver's
     * network emulation (requests fail as with no connection; loopback included).
     */
    public void offline(boolean offline) {
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            driver.setNetworkConditions(conditions);
        } else {
            driver.deleteNetworkConditions();
        }
    }

    /**
     * Kills this browser's processes at once ({@code SIGKILL}, as a crash would end them):
     * those whose command line names this browser's own profile folder, and no other.
     *
     * @return how many processes were killed
     */
    public int kill() {
        String marker = "--user-data-dir=" + profile;
        List<ProcessHandle> processes = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        return processes.size();
    }

    /** Waits until PrimeFaces' ajax queue is empty and the document has loaded. */
    public void waitForAjax() {
        waitUpTo(Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * Runs axe-core on the current page and fails with the list of WCAG 2.2 AA violations, if any.
     * Heard's pages have no frames, so axe runs in the page itself (legacy mode): its frame-by-frame
     * mode opens a blank window under a one-second page-load limit, which a busy machine misses.
     */
    public void assertAccessible() {
        Results results =
                new AxeBuilder().withTags(WCAG_22_AA).setLegacyMode(true).analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertTrue(
                violations.isEmpty(), "axe-core WCAG 2.2 AA violations on " + driver.getCurrentUrl() + ":\n" + report);
    }

    /** Fails if the page logged a JavaScript error (SEVERE console entries, except failed resource loads we caused). */
    public void assertNoJavaScriptErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("status of 404") && !message.contains("status of 403"))
                .toList();
        assertEquals(List.of(), errors, "JavaScript errors on " + driver.getCurrentUrl());
    }

    /** Saves a PNG of the viewport as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // a browser that was killed (kill()) cannot be asked to quit; its driver ends anyway
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
