/**
 * Runs the Gherkin features under {@code src/test/resources/features} against the use cases, with storage chosen
 * by {@code -Desp.scenarios.backend=memory|h2|mariadb}.
 */
package se.esp.scenarios;
