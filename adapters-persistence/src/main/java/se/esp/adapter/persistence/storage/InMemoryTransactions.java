package se.esp.adapter.persistence.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import se.esp.application.port.out.Transactions;

/**
 * One transaction at a time over all registered stores: isolation by exclusion, atomicity by snapshot and
 * restore. A nested call joins the outer transaction.
 */
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<InMemoryStore> stores = new CopyOnWriteArrayList<>();

    public <S extends InMemoryStore> S register(S store) {
        stores.add(store);
        return store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            List<Object> snapshots = new ArrayList<>(stores.size());
            stores.forEach(store -> snapshots.add(store.snapshot()));
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                for (int i = 0; i < snapshots.size(); i++) {
                    stores.get(i).restore(snapshots.get(i));
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }
}
