/** Inbound ports of deliveries: read, list, start, complete with each participant's outcome, cancel. */
package se.esp.application.port.in.delivery;
