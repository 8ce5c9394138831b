/**
 * Domain events out: the JSON envelope every event message carries and the publisher that sends outbox entries to
 * the events topic.
 */
package se.esp.adapter.messaging.events;
