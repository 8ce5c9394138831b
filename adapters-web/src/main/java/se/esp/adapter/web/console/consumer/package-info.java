/**
 * The consumer staff's pages: the national catalogue, an offering's page with its application form, the
 * organisation's applications and its statistics. Everything goes through the same use cases as the API, so what they
 * refuse and what they audit-log is the same.
 */
package se.esp.adapter.web.console.consumer;
