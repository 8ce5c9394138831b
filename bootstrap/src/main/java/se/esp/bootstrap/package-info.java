/**
 * The only module that knows every other: builds the services with their adapters (CDI producers), migrates the
 * schema and loads demo data at start, reports health. Configuration comes from MicroProfile Config.
 */
package se.esp.bootstrap;
