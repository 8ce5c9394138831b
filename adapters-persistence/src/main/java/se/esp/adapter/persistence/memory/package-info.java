/**
 * The in-memory assembly: {@link se.esp.adapter.persistence.memory.InMemoryPersistence}, every area's in-memory
 * adapter under one transaction manager, for scenarios, fast tests and developers embedding the library. It names
 * every area; no area depends on it (the shared base is {@code storage}).
 */
package se.esp.adapter.persistence.memory;
