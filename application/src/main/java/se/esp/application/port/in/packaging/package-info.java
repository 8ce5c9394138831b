/**
 * Use cases for packaging a service, its quality review and publication, the costing query, and the review
 * checklist, with their self-validating commands.
 */
package se.esp.application.port.in.packaging;
