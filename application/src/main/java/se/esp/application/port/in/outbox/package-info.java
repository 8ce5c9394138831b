/** Use cases for publishing the outbox's events: relaying them to the broker and watching the backlog. */
package se.esp.application.port.in.outbox;
