package se.esp.bootstrap.e2e.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console as a person sees it, in headless Chromium ({@link Chromium}): a JUnit extension that gives a test class
 * one browser, and the few actions a console test needs, each addressed by element id.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ConsoleDriver console = new ConsoleDriver(() -&gt; server.uri("/"));
 * ...
 * console.signInAs("esp-admin");
 * console.click("signOut:signOutButton");
 * </pre>
 *
 * <p>After every action ({@link #open}, {@link #click}, {@link #type}, {@link #signIn}) it waits until the page has
 * settled ({@link #settle()}: loaded, no Faces or PrimeFaces Ajax request under way, no animation), and if the page
 * shows something it did not show before (another address or other text), it <em>checks the page</em>: a screenshot
 * (kept in {@code target/screenshots/<test class>/<test>/<step>-<action>-<page>.png}) and axe-core
 * ({@link Axe}). A test author cannot forget either. After each test the violations of impact {@code serious} or
 * {@code critical} of all pages it visited fail it, listed with rule, page and element; every violation, of any
 * impact, is written to {@code axe.txt} beside the screenshots. A failed test also leaves a screenshot and the page
 * source of the page it failed on.
 *
 * <p>Each test starts signed out (the browser's cookies are deleted before it); the browser lives as long as the
 * test class, since starting Chromium costs seconds.
 */
public final class ConsoleDriver implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, TestWatcher {

    /** The demo users' console password (see the README). */
    public static final String DEMO_PASSWORD = "demo";
    /** The sign-in form's fields ({@code login.xhtml}). */
    public static final String USERNAME = "login:username";
    public static final String PASSWORD = "login:password";
    public static final String SIGN_IN = "login:signIn";
    /** The element that holds the page's messages (errors, confirmations). */
    public static final String MESSAGES = "messages";

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long MAX_SCREENSHOT_HEIGHT = 8000;
    /** True when the page has settled; installs a counter of Jakarta Faces' own Ajax requests on first call. */
    private static final String SETTLED = """
            if (document.readyState !== 'complete') { return false; }
            if (window.faces && faces.ajax && !window.__espFacesCounted) {
              window.__espFacesCounted = true;
              window.__espFacesPending = 0;
              faces.ajax.addOnEvent(function (data) {
                if (data.status === 'begin') { window.__espFacesPending++; }
                if (data.status === 'complete') { window.__espFacesPending = Math.max(0, window.__espFacesPending - 1); }
              });
            }
            if (window.__espFacesPending > 0) { return false; }
            if (window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue
                && !PrimeFaces.ajax.Queue.isEmpty()) { return false; }
            if (window.jQuery && (jQuery.active > 0 || jQuery(':animated').length > 0)) { return false; }
            if (document.getAnimations && document.getAnimations().some(function (a) {
                  var timing = a.effect && a.effect.getComputedTiming ? a.effect.getComputedTiming() : null;
                  return a.playState === 'running' && !(timing && timing.iterations === Infinity);
                })) { return false; }
            return true;
            """;
    /** What a person sees of the page, to tell whether an action changed it. */
    private static final String SHOWN = "return location.href + '\\n' + document.title + '\\n'"
            + " + (document.body ? document.body.innerText : '');";

    private final Supplier<URI> server;
    private final Path screenshots = Path.of(System.getProperty("esp.screenshots.dir", "target/screenshots"))
            .toAbsolutePath();
    private ChromeDriver browser;
    private Path testDir;
    private int step;
    private String lastChecked;
    private int pagesChecked;
    private final Map<String, Axe.Violation> violations = new LinkedHashMap<>();

    /** @param server the console's base address, e.g. {@code () -> server.uri("/")}; asked at each {@link #open}. */
    public ConsoleDriver(Supplier<URI> server) {
        this.server = server;
    }

    // ---- actions ----

    /** Goes to a path of the server, e.g. {@code /login.xhtml}, and checks the page. */
    public ConsoleDriver open(String path) {
        URI base = server.get();
        browser().get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        return after("open");
    }

    /** Signs in through the console's form with the demo password. */
    public ConsoleDriver signInAs(String user) {
        return signIn(user, DEMO_PASSWORD);
    }

    /** Opens {@code /login.xhtml}, fills in the form and sends it; where it leads is up to the test to check. */
    public ConsoleDriver signIn(String user, String password) {
        open("/login.xhtml");
        type(USERNAME, user);
        type(PASSWORD, password);
        WebElement button = visible(SIGN_IN);
        click(SIGN_IN);
        // the click can return before the browser has left the sign-in page (the post, then the redirect): wait until
        // that page is gone, so the test's next step cannot race the redirect to the user's first page
        new WebDriverWait(browser(), WAIT).until(ExpectedConditions.stalenessOf(button));
        return after("signed-in");
    }

    /** Clicks the element with this id once it can be clicked, waits until the page settles and checks it. */
    public ConsoleDriver click(String id) {
        new WebDriverWait(browser(), WAIT).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        return after("click-" + id);
    }

    /** Replaces the text of the field with this id. */
    public ConsoleDriver type(String id, String text) {
        WebElement field = visible(id);
        field.clear();
        field.sendKeys(text);
        return after("type-" + id);
    }

    // ---- reading ----

    /** The element with this id, once it is shown. */
    public WebElement visible(String id) {
        return new WebDriverWait(browser(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The text a person sees in the element with this id. */
    public String text(String id) {
        return visible(id).getText();
    }

    /** Whether the page has an element with this id (shown or not). */
    public boolean has(String id) {
        return !browser().findElements(By.id(id)).isEmpty();
    }

    /** The page's messages, one a line as shown; none when the page shows no message element. */
    public List<String> messages() {
        return browser().findElements(By.id(MESSAGES)).stream()
                .flatMap(element -> Arrays.stream(element.getText().split("\n")))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** All the text a person sees on the page. */
    public String pageText() {
        return browser().findElement(By.tagName("body")).getText();
    }

    /** The path of the page shown, e.g. {@code /console/organisations.xhtml}. */
    public String path() {
        return URI.create(browser().getCurrentUrl()).getPath();
    }

    public String title() {
        return browser().getTitle();
    }

    /** The browser itself, for what the helper does not offer; call {@link #checkPage} after changing the page. */
    public WebDriver webDriver() {
        return browser();
    }

    // ---- settling and checking ----

    /**
     * Waits until the page has loaded, no Faces or PrimeFaces Ajax request is under way and nothing animates: neither
     * a jQuery animation nor a finite CSS transition or animation (the theme fades a button's colours for 0.2 s after
     * an Ajax request re-enables it, and axe measuring contrast half-way through reports a violation a person never
     * sees once it has ended).
     */
    public ConsoleDriver settle() {
        try {
            new WebDriverWait(browser(), WAIT).ignoring(org.openqa.selenium.JavascriptException.class)
                    .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(SETTLED)));
        } catch (TimeoutException e) {
            throw new AssertionError("the page " + path() + " did not settle within " + WAIT
                    + " (loading, an Ajax request or an animation never ended)", e);
        }
        return this;
    }

    /** Takes the page's screenshot and runs axe on it, whether or not it changed; {@code action} names the step. */
    public ConsoleDriver checkPage(String action) {
        settle();
        lastChecked = shown();
        String page = path();
        screenshot(action, ".png");
        pagesChecked++;
        for (Axe.Violation violation : Axe.analyse(browser(), page)) {
            violations.putIfAbsent(violation.page() + " " + violation.rule() + " " + violation.target(), violation);
        }
        return this;
    }

    /** The violations of every impact found on the pages of the test so far. */
    public List<Axe.Violation> violations() {
        return List.copyOf(violations.values());
    }

    private ConsoleDriver after(String action) {
        settle();
        if (!Objects.equals(shown(), lastChecked)) {
            checkPage(action);
        }
        return this;
    }

    private String shown() {
        return (String) browser().executeScript(SHOWN);
    }

    private ChromeDriver browser() {
        if (browser == null) {
            browser = Chromium.installed().start();
        }
        return browser;
    }

    /** Writes the page's screenshot (or, with {@code .html}, its source) as the test's next step. */
    private Path screenshot(String action, String extension) {
        step++;
        String page = path().replaceFirst("^/", "").replaceFirst("\\.xhtml$", "");
        Path file = testDir.resolve(String.format("%02d-%s-%s", step, safe(action), safe(page.isEmpty() ? "root" : page))
                + extension);
        try {
            Files.createDirectories(testDir);
            if (extension.equals(".png")) {
                Files.write(file, wholePage());
            } else {
                Files.writeString(file, browser().getPageSource(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + file, e);
        }
        return file;
    }

    /**
     * A screenshot of the whole page, not only of the window: what a person sees by scrolling down (at most
     * {@value #MAX_SCREENSHOT_HEIGHT} pixels of it).
     */
    @SuppressWarnings("unchecked")
    private byte[] wholePage() {
        try {
            Map<String, Object> metrics = browser().executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
            long width = Math.max(((Number) content.get("width")).longValue(), Chromium.WIDTH / 2);
            long height = Math.min(((Number) content.get("height")).longValue(), MAX_SCREENSHOT_HEIGHT);
            Map<String, Object> shot = browser().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) { // a page the browser cannot measure: the window, as WebDriver takes it
            return browser().getScreenshotAs(OutputType.BYTES);
        }
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    // ---- JUnit ----

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path classDir = screenshots.resolve(context.getRequiredTestClass().getSimpleName());
        if (Files.exists(classDir)) { // screenshots of an earlier run would mislead
            try (Stream<Path> files = Files.walk(classDir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        startTest(classDir.resolve("beforeAll"));
        browser(); // installs Chromium when missing, fails the class clearly when it cannot
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        startTest(screenshots.resolve(context.getRequiredTestClass().getSimpleName())
                .resolve(safe(context.getRequiredTestMethod().getName())));
        browser().executeCdpCommand("Network.clearBrowserCookies", Map.of()); // whatever page is shown
    }

    private void startTest(Path dir) {
        testDir = dir;
        step = 0;
        lastChecked = null;
        pagesChecked = 0;
        violations.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        List<Axe.Violation> found = violations();
        List<Axe.Violation> failing = found.stream().filter(Axe.Violation::fails).toList();
        Files.createDirectories(testDir);
        Files.writeString(testDir.resolve("axe.txt"), "axe-core on " + pagesChecked + " page(s) of "
                + context.getDisplayName() + ": " + found.size() + " violation(s), " + failing.size()
                + " serious or critical\n" + found.stream().map(v -> "  " + v + "\n").collect(Collectors.joining()),
                StandardCharsets.UTF_8);
        if (!failing.isEmpty()) {
            throw new AssertionError("axe-core found " + failing.size() + " serious or critical accessibility "
                    + "violation(s) on the pages this test visited (all of them: " + testDir.resolve("axe.txt")
                    + "):\n" + failing.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser == null || testDir == null) {
            return;
        }
        try {
            Path picture = screenshot("failure", ".png");
            step--; // the page source belongs to the same step
            Path source = screenshot("failure", ".html");
            System.out.println("[browser] " + context.getDisplayName() + " failed on " + browser.getCurrentUrl()
                    + ": " + picture + ", " + source);
        } catch (RuntimeException e) {
            System.out.println("[browser] no screenshot of the failure of " + context.getDisplayName() + ": " + e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** For a test's own assertions on the pages checked so far. */
    public int pagesChecked() {
        return pagesChecked;
    }

    /** The steps' files of the current test, for a test that checks the artefacts themselves. */
    public List<Path> artefacts() throws IOException {
        if (!Files.isDirectory(testDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(testDir)) {
            return new ArrayList<>(files.sorted().toList());
        }
    }
}
