/** Inbound ports of applications: submit, read, list, confirm, cancel, reject. */
package se.esp.application.port.in.application;
