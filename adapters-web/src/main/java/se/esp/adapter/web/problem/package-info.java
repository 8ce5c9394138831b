/** Errors as {@code application/problem+json} (RFC 9457): each failure family is mapped once, here. */
package se.esp.adapter.web.problem;
