/** {@code /api/organisations}: register, read, list, change and set roles of organisations. */
package se.esp.adapter.web.organisation;
