package se.esp.bootstrap.e2e.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, the accessibility engine, run on the page a browser shows: injected with {@code executeScript} (a
 * script run through WebDriver is not subject to the page's Content-Security-Policy) and run with axe's default
 * rules — WCAG 2.0 and 2.1 A and AA and axe's best practices, no experimental or AAA rules.
 *
 * <p>The script is the {@code axe.min.js} inside Deque's {@code com.deque.html.axe-core:selenium} jar (see the root
 * pom); none of that jar's Java is used.
 */
public final class Axe {

    /** The impacts that fail a test; {@code minor} and {@code moderate} are only reported. */
    public static final Set<String> FAILING = Set.of("serious", "critical");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (result) {
              done({version: axe.version, violations: result.violations.map(function (v) {
                return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(function (n) {
                    return {target: [].concat(n.target).map(String).join(' '), html: n.html,
                            impact: n.impact || v.impact};
                  })};
              })});
            }).catch(function (e) { done({error: String(e && e.stack || e)}); });
            """;

    private static String source;

    private Axe() {
    }

    /** One element that breaks one rule on one page. */
    public record Violation(String page, String rule, String impact, String help, String target, String html,
                            String helpUrl) {

        public boolean fails() {
            return FAILING.contains(impact);
        }

        @Override
        public String toString() {
            return "[" + impact + "] " + rule + " on " + page + " at " + target + ": " + help + "\n      " + html
                    + "\n      " + helpUrl;
        }
    }

    /** Every violation on the page the browser shows now, of any impact; {@code page} names the page in them. */
    @SuppressWarnings("unchecked")
    public static List<Violation> analyse(JavascriptExecutor browser, String page) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
            browser.executeScript(source());
        }
        Object answer = browser.executeAsyncScript(RUN);
        if (!(answer instanceof Map<?, ?> map) || map.containsKey("error")) {
            throw new IllegalStateException("axe-core did not run on " + page + ": " + answer);
        }
        List<Violation> found = new ArrayList<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) map.get("violations")) {
            for (Map<String, Object> node : (List<Map<String, Object>>) rule.get("nodes")) {
                found.add(new Violation(page, (String) rule.get("id"), String.valueOf(node.get("impact")),
                        (String) rule.get("help"), (String) node.get("target"), (String) node.get("html"),
                        (String) rule.get("helpUrl")));
            }
        }
        return found;
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path "
                            + "(com.deque.html.axe-core:selenium in bootstrap's test dependencies)");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return source;
    }
}
