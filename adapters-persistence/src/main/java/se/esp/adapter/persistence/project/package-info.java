/** Where scaling projects are stored: the JPA entity and repository, and the in-memory one. */
package se.esp.adapter.persistence.project;
