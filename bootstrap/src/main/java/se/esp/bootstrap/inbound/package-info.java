/**
 * Applications in from the queue: the listener on a managed thread and the inbound metrics. Senders are identified
 * by the server's one identification ({@code identity/TokenVerification}), as API callers are.
 */
package se.esp.bootstrap.inbound;
