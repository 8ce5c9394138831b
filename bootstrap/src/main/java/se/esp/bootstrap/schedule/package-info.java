/**
 * What the scheduled jobs (outbox relay and purge, retention, matching sweep) share: {@link
 * se.esp.bootstrap.schedule.RepeatedTask}, a task repeated on the server's managed scheduler until the application stops.
 */
package se.esp.bootstrap.schedule;
