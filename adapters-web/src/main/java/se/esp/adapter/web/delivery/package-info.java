/** Deliveries over HTTP: read and list as the caller may see them, start, completion per participant, cancellation. */
package se.esp.adapter.web.delivery;
