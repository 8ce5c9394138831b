package se.esp.adapter.persistence.credential;

import java.util.ArrayList;
import java.util.List;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.port.out.CredentialSigningKeys;

/** Signing keys in a list, for one process only. */
public final class InMemoryCredentialSigningKeys implements CredentialSigningKeys, InMemoryStore {

    private List<StoredKey> keys = new ArrayList<>();

    @Override
    public synchronized List<StoredKey> all() {
        return List.copyOf(keys);
    }

    @Override
    public synchronized boolean addFirst(StoredKey key) {
        if (!keys.isEmpty()) {
            return false;
        }
        keys.add(key);
        return true;
    }

    @Override
    public synchronized Object snapshot() {
        return new ArrayList<>(keys);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        keys = new ArrayList<>((List<StoredKey>) snapshot);
    }
}
