/**
 * Who is calling, for the whole server: the one bearer-token identification of the REST API and the inbound queue,
 * built from the operator's settings (MicroProfile Config, MicroProfile JWT's setting names).
 */
package se.esp.bootstrap.identity;
