/** Where organisations are stored: the JPA entity and mapper, the JPA repository and the in-memory one. */
package se.esp.adapter.persistence.organisation;
