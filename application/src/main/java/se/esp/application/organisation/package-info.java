/** The service behind the organisation use cases. */
package se.esp.application.organisation;
