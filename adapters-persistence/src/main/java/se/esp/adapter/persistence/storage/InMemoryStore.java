package se.esp.adapter.persistence.storage;

/**
 * A store whose whole content can be captured at the start of a transaction and put back if it fails. Stores
 * keep only immutable values, so a shallow copy is a snapshot.
 */
public interface InMemoryStore {

    Object snapshot();

    void restore(Object snapshot);
}
