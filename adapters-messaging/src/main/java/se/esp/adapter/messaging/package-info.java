/**
 * Jakarta Messaging: the broker the platform publishes its events to and receives applications from. On Open
 * Liberty the default broker is the server's embedded messaging engine; an external one is configuration only.
 */
package se.esp.adapter.messaging;
