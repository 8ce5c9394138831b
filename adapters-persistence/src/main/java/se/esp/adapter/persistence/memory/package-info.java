/**
 * Storage in memory, for scenarios, fast tests and developers embedding the library. Transactions are
 * serialised and roll back completely, so the in-memory adapters keep the same contract as the JPA ones.
 */
package se.esp.adapter.persistence.memory;
