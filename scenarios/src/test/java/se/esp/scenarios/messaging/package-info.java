/** Steps for the events that leave the platform through the outbox relay, on the in-memory topic. */
package se.esp.scenarios.messaging;
