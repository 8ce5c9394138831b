/** CDI producers that construct the plain-Java services with the adapters chosen for this server. */
package se.esp.bootstrap.wiring;
