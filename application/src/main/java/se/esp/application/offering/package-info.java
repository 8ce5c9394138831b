/** The service behind reading offerings, searching the catalogue, suspending and retiring. */
package se.esp.application.offering;
