/**
 * Applications in from the queue: the listener on a managed thread, the verifier of senders' tokens on the server's
 * MicroProfile JWT settings, and the inbound metrics.
 */
package se.esp.bootstrap.inbound;
