/** Offerings over HTTP: every version readable for good, suspension and retirement, and the national catalogue. */
package se.esp.adapter.web.offering;
