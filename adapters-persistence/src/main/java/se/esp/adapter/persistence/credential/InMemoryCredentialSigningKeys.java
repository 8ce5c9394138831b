package se.esp.adapter.persistence.credential;

import java.util.List;

import se.esp.adapter.persistence.storage.InMemoryListStore;
import se.esp.application.port.out.CredentialSigningKeys;

/** Signing keys in a list, for one process only. */
public final class InMemoryCredentialSigningKeys extends InMemoryListStore<CredentialSigningKeys.StoredKey>
        implements CredentialSigningKeys {

    @Override
    public synchronized List<StoredKey> all() {
        return List.copyOf(rows());
    }

    @Override
    public synchronized boolean addFirst(StoredKey key) {
        if (!rows().isEmpty()) {
            return false;
        }
        rows().add(key);
        return true;
    }
}
