/**
 * The resource persons' pages: their profile (registering themselves, languages, employer, rate, weekly
 * availability, competences and their verification) and the deliveries they lead.
 */
package se.esp.adapter.web.console.resource;
