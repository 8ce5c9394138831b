/**
 * The submission of an application as every channel reads it — {@code POST /api/applications} and a message on the
 * inbound applications queue alike: the request model (records whose {@code @Schema} is also the OpenAPI document)
 * and the one mapping from the bound model to the use case's command, with every domain check and the path it
 * names. Two channels, one reading: they cannot accept or refuse different bodies.
 */
package se.esp.adapter.common.application;
