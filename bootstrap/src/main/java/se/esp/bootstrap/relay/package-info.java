/** Runs the outbox relay on the server's managed scheduler and publishes its metrics. */
package se.esp.bootstrap.relay;
