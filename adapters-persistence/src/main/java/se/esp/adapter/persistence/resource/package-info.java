/** Where resources are stored: the JPA entity, embeddables and mapper, the JPA repository and the in-memory one. */
package se.esp.adapter.persistence.resource;
