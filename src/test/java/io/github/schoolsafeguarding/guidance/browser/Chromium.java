package io.github.schoolsafeguarding.guidance.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver, kept open for many pages: starting a
 * browser costs more than loading a page of the site.
 *
 * <pre>{@code
 * try (Chromium browser = Chromium.launch()) {
 *     browser.open(site.page(area + "/contacts.html"));
 *     browser.run("return document.title");
 *     browser.requests();        // what the page asked for since it was opened
 *     browser.consoleErrors();   // what it logged as errors
 *     browser.windowSize(375, 812);
 *     browser.screenshot(Path.of("target/screenshots/contacts-375.png"));
 * }
 * }</pre>
 *
 * Both programs are named outright, so Selenium never looks for (or downloads) a browser or driver
 * of its own: this machine and CI have no network beyond the package registries.
 */
public final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** The size pages are seen at until a test asks for another: a desktop's screen. */
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;

    /** Long enough for axe-core on the longest page on a busy 2-core CI machine. */
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);

    private static final Json JSON = new Json();

    /**
     * Selenium warns at every start that it has no DevTools client for this Chromium's version;
     * none is needed, as the commands used here go through chromedriver. Held here so the
     * settings are not lost with the loggers.
     */
    private static final List<Logger> QUIETENED = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    static {
        QUIETENED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Map<String, Request> requests = new HashMap<>();
    private final List<String> requestOrder = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * A page's request for one file, and how it went: {@code ended} once it loaded or failed, and
     * {@code failure} the browser's reason (such as {@code net::ERR_FILE_NOT_FOUND}), empty unless it failed.
     */
    public record Request(String url, String type, boolean ended, String failure) {

        public boolean loaded() {
            return ended && failure.isEmpty();
        }
    }

    /**
     * Starts the browser with a fresh profile in a temporary folder, or fails saying what to
     * install when Chromium or chromedriver is missing.
     */
    public static Chromium launch() {
        requireInstalled(BROWSER, "chromium");
        requireInstalled(DRIVER, "chromium-driver");
        Path profile = Folders.temporary("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // No background requests: they would fail on this network and blur what the site itself asks for.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile);
        // A phone draws no scrollbar beside the page: without this a 375-pixel screen lays pages out in 360.
        options.addArguments("--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Network events are all the performance log is read for; page events would only be noise.
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
        Chromium browser = new Chromium(service, driver, profile);
        // The first tab's own start-up requests are the browser's, not any page's.
        driver.get("about:blank");
        browser.drainLogs();
        browser.windowSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        return browser;
    }

    static void requireInstalled(Path program, String debianPackage) {
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and chromedriver, and "
                    + program + " is missing: install them with `apt-get install chromium chromium-driver`"
                    + " (package " + debianPackage + "). .ci/run does this on CI.");
        }
    }

    /**
     * Opens a file in the browser from its {@code file://} URL and waits until it has loaded; the
     * requests and console errors read afterwards are this page's own.
     */
    public void open(Path file) {
        open(file, "");
    }

    /** Opens a file with a query string, as a deep link such as {@code search.html?q=knife} does. */
    public void open(Path file, String query) {
        open(URI.create(file.toUri() + (query.isEmpty() ? "" : "?" + query)));
    }

    /** Opens a page from its address, such as the preview server's; as {@link #open(Path)} otherwise. */
    public void open(URI address) {
        drainLogs();
        requests.clear();
        requestOrder.clear();
        consoleErrors.clear();
        driver.get(address.toString());
    }

    /** Waits up to a few seconds for a script to return {@code true}: for what the page does after it has loaded. */
    public void waitFor(String script, String what) {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (!Boolean.TRUE.equals(run(script))) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited 10 s for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** Lays out the page as it prints (print media), or as the screen shows it again. */
    public void emulatePrint(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /**
     * What a page could keep of what a reader typed or chose: local and session storage, cookies,
     * the number of history entries and the address (whose query or fragment could hold answers).
     * Compare it before and after filling a form: the site keeps nothing.
     */
    public Object kept() {
        return run("return [String(localStorage.length), String(sessionStorage.length), document.cookie,"
                + " String(history.length), location.href]");
    }

    /** Runs JavaScript in the page, as the body of a function: {@code return} gives a value back. */
    public Object run(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /**
     * Runs JavaScript that ends by calling its last argument, the callback, with the value to give
     * back; for promises such as {@code axe.run}.
     */
    public Object runAsync(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    /**
     * Runs a script in every page opened from now on, before the page's own: for a library many
     * checks use, such as axe-core, which then need not be sent again for each page.
     */
    public void runOnEveryPage(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** Presses keys as a reader does, sending them to whatever has the focus. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Every file the current page asked for since it was opened, in the order it asked. */
    public List<Request> requests() {
        drainLogs();
        return requestOrder.stream().map(requests::get).toList();
    }

    /** What the current page logged as an error (failed loads and script errors among them). */
    public List<String> consoleErrors() {
        drainLogs();
        return List.copyOf(consoleErrors);
    }

    /** Sizes the viewport, the area the page is drawn in, as a phone's or a desktop's screen. */
    public void windowSize(int width, int height) {
        // Emulated rather than a resized window: a window is never narrower than 500 pixels, and
        // part of its height is the browser's own.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Writes a PNG of the whole page, below the fold too, as wide as the page is drawn. */
    public void screenshot(Path png) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", Math.ceil(((Number) content.get("width")).doubleValue()),
                "height", Math.ceil(((Number) content.get("height")).doubleValue()));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        write(png, (String) shot.get("data"));
    }

    /** What the screen shows now, without scrolling: the first thing a reader sees of a page. */
    public void screenshotOfScreen(Path png) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        write(png, (String) shot.get("data"));
    }

    private static void write(Path png, String base64) {
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, Base64.getDecoder().decode(base64));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's version, as reports name it. */
    public String version() {
        return driver.getCapabilities().getBrowserVersion();
    }

    /** Selenium's own API, for what this class does not offer (finding and clicking elements). */
    public WebDriver driver() {
        return driver;
    }

    /** Reads the logs Chromium has gathered since the last read; reading empties them. */
    private void drainLogs() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            readNetworkEvent(entry.getMessage());
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
    }

    private void readNetworkEvent(String logged) {
        Map<?, ?> message = (Map<?, ?>) JSON.<Map<?, ?>>toType(logged, Map.class).get("message");
        Map<?, ?> params = (Map<?, ?>) message.get("params");
        String id = String.valueOf(params.get("requestId"));
        switch (String.valueOf(message.get("method"))) {
            case "Network.requestWillBeSent" -> {
                String url = String.valueOf(((Map<?, ?>) params.get("request")).get("url"));
                if (requests.put(id, new Request(url, String.valueOf(params.get("type")), false, "")) == null) {
                    requestOrder.add(id);
                }
            }
            case "Network.loadingFinished" -> requests.computeIfPresent(id,
                    (key, request) -> new Request(request.url(), request.type(), true, request.failure()));
            case "Network.loadingFailed" -> requests.computeIfPresent(id,
                    (key, request) -> new Request(request.url(), request.type(), true,
                            String.valueOf(params.get("errorText"))));
            default -> { }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            Folders.delete(profile);
        }
    }

}
