/** Use cases of the platform's scheduled jobs: which server runs a job in a period. */
package se.esp.application.port.in.schedule;
