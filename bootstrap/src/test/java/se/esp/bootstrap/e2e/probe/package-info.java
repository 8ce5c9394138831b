/**
 * A probe application for the end-to-end tests only: reads the events topic of the server's embedded messaging
 * engine from inside the server, since that engine has no client outside Liberty.
 */
package se.esp.bootstrap.e2e.probe;
