/** Use cases for the resource pool: registering, changing, declaring and deciding competences, suspending, reading. */
package se.esp.application.port.in.resource;
