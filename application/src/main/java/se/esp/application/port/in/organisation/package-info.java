/** Use cases for registering, changing and finding organisations, with their self-validating commands. */
package se.esp.application.port.in.organisation;
