/** {@code /api/resources}: register, read, list and change resources; declare and decide competences; suspend. */
package se.esp.adapter.web.resource;
