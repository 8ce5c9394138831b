/** The event messages as a published contract: every domain event validates against its JSON Schemas. */
package se.esp.bootstrap.events;
