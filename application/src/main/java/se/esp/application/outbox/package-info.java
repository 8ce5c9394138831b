/** The relay that publishes the outbox's events to the broker, in order, without losing any. */
package se.esp.application.outbox;
