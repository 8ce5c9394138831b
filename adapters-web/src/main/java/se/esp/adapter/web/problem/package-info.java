/**
 * Errors as {@code application/problem+json} (RFC 9457): each failure family is mapped once, here, and the refusals
 * made outside JAX-RS (the root filter, the container's error page) are written in the same shape.
 */
package se.esp.adapter.web.problem;
