/**
 * Applications in: the listener on the inbound applications queue ({@link se.esp.adapter.messaging.inbound.JmsApplicationConsumer}),
 * the handler that turns a message into a submission through the same use case as the REST API
 * ({@link se.esp.adapter.messaging.inbound.InboundApplicationHandler}, reading the body with adapters-common's
 * submission mapping, the one the REST API uses), the sender's token verification, dead-letter reasons and replies.
 */
package se.esp.adapter.messaging.inbound;
