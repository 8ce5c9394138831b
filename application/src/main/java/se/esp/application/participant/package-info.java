/** The service behind the participant use cases, with the read policy and the audit of personal data. */
package se.esp.application.participant;
