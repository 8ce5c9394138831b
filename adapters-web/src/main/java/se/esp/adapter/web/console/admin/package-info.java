/**
 * The console's pages for platform administrators beyond the organisation directory: the fee schedule (rates,
 * agreements, joint costs with a preview of each organisation's share), scaling projects and the review checklist.
 * Each backing bean calls the application's use cases with the signed-in user; refusals reach the page through
 * {@link se.esp.adapter.web.console.ConsoleErrors}.
 */
package se.esp.adapter.web.console.admin;
