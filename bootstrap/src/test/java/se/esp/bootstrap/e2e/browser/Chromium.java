package se.esp.bootstrap.e2e.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, installed with {@code apt-get} when missing, and a headless
 * browser started on them. Both paths are given to Selenium, so Selenium Manager never runs (it would try to
 * download a browser and a driver, and this machine reaches no such site).
 *
 * <p>Other binaries: {@code -Desp.chromium.binary=…} and {@code -Desp.chromedriver=…}.
 */
public final class Chromium {

    /** The window every test sees; screenshots are this size. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 1000;
    /** What a Swedish user's browser says: the console's default language, not English. */
    public static final String LANGUAGE = "sv-SE";

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(8);

    private static Chromium installed;
    /**
     * Selenium warns at every start that it has no DevTools module for this Chromium; the tests use none (the
     * screenshots' Chrome DevTools commands go through the driver). Held here: a logger nobody holds forgets its level.
     */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    private final Path browser;
    private final Path driver;

    private Chromium(Path browser, Path driver) {
        this.browser = browser;
        this.driver = driver;
    }

    /**
     * The browser and driver of this machine, installed first if either is missing. Never skips: a machine that
     * cannot install them fails the test with what to do.
     */
    public static synchronized Chromium installed() {
        if (installed == null) {
            if (find(BROWSERS, "esp.chromium.binary") == null || find(DRIVERS, "esp.chromedriver") == null) {
                install();
            }
            Path browser = find(BROWSERS, "esp.chromium.binary");
            Path driver = find(DRIVERS, "esp.chromedriver");
            if (browser == null || driver == null) {
                throw new IllegalStateException("apt-get installed chromium and chromium-driver, but no "
                        + (browser == null ? "browser in " + candidates(BROWSERS, "esp.chromium.binary")
                                : "driver in " + candidates(DRIVERS, "esp.chromedriver")) + " can be run");
            }
            installed = new Chromium(browser, driver);
        }
        return installed;
    }

    /** A new headless browser: its own profile, Swedish, a fixed window, nothing fetched in the background. */
    public ChromeDriver start() {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox", // the CI machine runs as root
                "--disable-background-networking",
                "--disable-dev-shm-usage", // containers have a small /dev/shm
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--lang=" + LANGUAGE);
        // --lang sets the browser's own language; headless Chromium takes Accept-Language from this preference
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", LANGUAGE + ",sv"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** The configured path ({@code -D…}) if any, else the usual places. */
    private static List<String> candidates(List<String> usual, String property) {
        String configured = System.getProperty(property);
        return configured != null ? List.of(configured) : usual;
    }

    private static Path find(List<String> usual, String property) {
        for (String candidate : candidates(usual, property)) {
            File file = new File(candidate);
            if (file.isFile() && file.canExecute()) {
                return file.toPath();
            }
        }
        return null;
    }

    /**
     * {@code apt-get install -y chromium chromium-driver}, with an {@code apt-get update} first only if the
     * package lists do not know them yet. Its output goes to {@code target/chromium-install.log}.
     */
    private static void install() {
        if (!new File("/usr/bin/apt-get").canExecute()) {
            throw new IllegalStateException("The console's browser tests need Chromium and its driver, and this "
                    + "machine has neither apt-get to install them: install Debian's (or your system's) chromium and "
                    + "chromium-driver, or give their paths with -Desp.chromium.binary=… -Desp.chromedriver=…");
        }
        Path log = Path.of(System.getProperty("esp.chromium.install.log", "target/chromium-install.log"))
                .toAbsolutePath();
        System.out.println("[browser] chromium or chromedriver missing: apt-get install -y chromium chromium-driver"
                + " (log: " + log + ")");
        int exit = apt(log, "install", "-y", "-q", "chromium", "chromium-driver");
        if (exit != 0) {
            apt(log, "update", "-q");
            exit = apt(log, "install", "-y", "-q", "chromium", "chromium-driver");
        }
        if (exit != 0) {
            throw new IllegalStateException("The console's browser tests need Debian's chromium and chromium-driver,"
                    + " and 'apt-get install -y chromium chromium-driver' failed (exit " + exit + "; it needs root "
                    + "and the Debian package sources). Install them, or give their paths with "
                    + "-Desp.chromium.binary=… -Desp.chromedriver=…\n" + tail(log));
        }
    }

    private static int apt(Path log, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("apt-get"));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within "
                        + INSTALL_TIMEOUT + "\n" + tail(log));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no " + log + ")";
        }
    }
}
