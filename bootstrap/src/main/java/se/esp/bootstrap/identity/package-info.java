/**
 * Who is calling, for the whole server: the one bearer-token identification of the REST API and the inbound queue,
 * built from the operator's settings (MicroProfile Config, MicroProfile JWT's setting names); and the console's
 * sign-in through the owner's OpenID Connect provider, whose ID token Liberty's client verified.
 */
package se.esp.bootstrap.identity;
