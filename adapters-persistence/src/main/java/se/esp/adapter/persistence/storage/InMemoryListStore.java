package se.esp.adapter.persistence.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * A store that keeps immutable values in a list, in the order they were added, as a table without a key its
 * adapter needs keeps rows. The list is the snapshot an {@link InMemoryTransactions} puts back when a transaction
 * fails; a subclass keeps only its port's own logic, over {@link #rows()}, in methods that hold the store's lock
 * ({@code synchronized}), as snapshot and restore do.
 *
 * @param <T> what one row holds: an immutable value, so sharing it with a snapshot or a caller is safe
 */
public abstract class InMemoryListStore<T> implements InMemoryStore {

    private final List<T> rows = new ArrayList<>();

    /** The rows themselves, to read and change; only under the store's lock. */
    protected final List<T> rows() {
        return rows;
    }

    @Override
    public final synchronized Object snapshot() {
        return new ArrayList<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public final synchronized void restore(Object snapshot) {
        rows.clear();
        rows.addAll((List<T>) snapshot);
    }
}
