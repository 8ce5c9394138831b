/** Use cases for reading offerings and their versions, searching the catalogue, suspending and retiring. */
package se.esp.application.port.in.offering;
