/**
 * The JPA assembly: {@link se.esp.adapter.persistence.jpa.JpaPersistence} (every area's JPA adapter over one
 * entity-manager factory), {@link se.esp.adapter.persistence.jpa.ServerPersistence} inside a server, the schema
 * migrations and the EclipseLink session customizer. It names every area; no area depends on it (the shared base
 * is {@code storage}).
 */
package se.esp.adapter.persistence.jpa;
