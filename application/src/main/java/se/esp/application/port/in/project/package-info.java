/** Use cases for scaling projects: register, change status, read. */
package se.esp.application.port.in.project;
