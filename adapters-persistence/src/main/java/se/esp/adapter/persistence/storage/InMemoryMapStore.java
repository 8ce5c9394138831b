package se.esp.adapter.persistence.storage;

import java.util.HashMap;
import java.util.Map;

/**
 * A store that keeps immutable values in a map by their key, as a table keeps rows by its primary or unique key.
 * The map is the snapshot an {@link InMemoryTransactions} puts back when a transaction fails; a subclass keeps only
 * its port's own logic, over {@link #rows()}, in methods that hold the store's lock ({@code synchronized}), as
 * snapshot and restore do. The map has no order: a listing sorts what it hands out.
 *
 * @param <K> the key
 * @param <V> what one row holds: an immutable value, so sharing it with a snapshot or a caller is safe
 */
public abstract class InMemoryMapStore<K, V> implements InMemoryStore {

    private final Map<K, V> rows = new HashMap<>();

    /** The rows themselves, to read and change; only under the store's lock. */
    protected final Map<K, V> rows() {
        return rows;
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        rows.clear();
        rows.putAll((Map<K, V>) snapshot);
    }
}
