package dev.switchboard.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver with Selenium WebDriver. Fake
 * media devices stand in for a microphone; certificate errors are ignored so the self-signed
 * {@code wss://} listener is reachable. Without Chromium installed the calling tests are skipped,
 * unless {@code SWITCHBOARD_REQUIRE_BROWSER=1} (set by {@code .ci/run}) makes that a failure.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) { this.driver = driver; }

    public static HeadlessChromium startOrSkip(Path userDataDir) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String why = "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("SWITCHBOARD_REQUIRE_BROWSER"))) Assertions.fail(why);
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--ignore-certificate-errors", "--user-data-dir=" + userDataDir.toAbsolutePath());
        options.setAcceptInsecureCerts(true);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    public void open(String url) { driver.get(url); }

    /** The browser's Back button: a history navigation, restored from the back-forward cache when the browser kept the page. */
    public void back() { driver.navigate().back(); }

    /**
     * Freezes ({@code "frozen"}) or resumes ({@code "active"}) the page as the browser does to a
     * background tab, through the DevTools Protocol's {@code Page.setWebLifecycleState}: the page gets
     * {@code freeze} / {@code resume} on its document.
     */
    public void lifecycleState(String state) { driver.executeCdpCommand("Page.setWebLifecycleState", Map.of("state", state)); }

    /** Opens {@code url} in a new tab and makes it current; answers the tab that was current, for {@link #closeTab}. */
    public String openTab(String url) {
        String previous = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url);
        return previous;
    }

    /** Closes the current tab and goes back to {@code previous}. */
    public void closeTab(String previous) {
        driver.close();
        driver.switchTo().window(previous);
    }

    /** Closes every tab but one and leaves that one current (tests that opened tabs clean up with it). */
    public void keepOneTab() {
        var handles = new java.util.ArrayList<>(driver.getWindowHandles());
        for (String h : handles.subList(1, handles.size())) {
            driver.switchTo().window(h);
            driver.close();
        }
        driver.switchTo().window(handles.getFirst());
    }

    public WebElement element(String id) { return driver.findElement(By.id(id)); }

    public String text(String id) { return element(id).getText(); }

    public boolean visible(String id) { return element(id).isDisplayed(); }

    public void click(String id) { element(id).click(); }

    public void type(String id, String text) {
        WebElement e = element(id);
        e.clear();
        e.sendKeys(text);
    }

    /** Runs {@code js} in the page; {@code arguments[0..]} are {@code args}. */
    public Object script(String js, Object... args) { return ((JavascriptExecutor) driver).executeScript(js, args); }

    /** Waits until {@code condition} gives a non-null, non-false value; fails with the page's console log. */
    public <T> T await(Duration timeout, String what, Function<HeadlessChromium, T> condition) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).ignoreExceptions().until(() -> {
                T v = condition.apply(this);
                result.set(v);
                return v != null && !Boolean.FALSE.equals(v);
            });
            return result.get();
        } catch (RuntimeException e) {
            throw new AssertionError("waiting for " + what + ": " + e.getMessage().lines().findFirst().orElse("")
                    + "\nbrowser console:\n" + consoleLog(), e);
        }
    }

    /** Waits until the page's expression {@code js} is truthy and returns its value. */
    public Object awaitScript(Duration timeout, String js) {
        return await(timeout, js, c -> {
            Object v = c.script("return (" + js + ");");
            return v == null || Boolean.FALSE.equals(v) ? null : v;
        });
    }

    /** Everything the page wrote to its console since the last call. */
    public String consoleLog() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(e -> e.getLevel() + " " + e.getMessage()).collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            return "(console log unavailable: " + e.getMessage() + ")";
        }
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> mapScript(String js, Object... args) { return (Map<String, Object>) script(js, args); }

    public WebDriver driver() { return driver; }

    @Override
    public void close() { driver.quit(); }
}
