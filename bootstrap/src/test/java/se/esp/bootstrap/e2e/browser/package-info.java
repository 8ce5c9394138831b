/**
 * The console's browser tests' tools: Debian's Chromium, installed when missing and started headless in Swedish
 * ({@link se.esp.bootstrap.e2e.browser.Chromium}); axe-core run on a page
 * ({@link se.esp.bootstrap.e2e.browser.Axe}); and {@link se.esp.bootstrap.e2e.browser.ConsoleDriver}, the JUnit
 * extension a console test registers, which gives the test class one browser, acts by element id and checks every
 * page visited — a screenshot and axe-core — by itself.
 */
package se.esp.bootstrap.e2e.browser;
