/**
 * The transactional outbox: events are stored as versioned JSON envelopes next to the change that caused them.
 */
package se.esp.adapter.persistence.outbox;
