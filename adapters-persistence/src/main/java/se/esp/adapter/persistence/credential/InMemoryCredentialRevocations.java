package se.esp.adapter.persistence.credential;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.port.out.CredentialRevocations;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;

/** Revocations in a map; immutable records, shared with callers. */
public final class InMemoryCredentialRevocations implements CredentialRevocations, InMemoryStore {

    private Map<CredentialId, CredentialRevocation> byCredential = new LinkedHashMap<>();

    @Override
    public synchronized void add(CredentialRevocation revocation) {
        if (byCredential.containsKey(revocation.credential())) {
            throw new IllegalStateException("credential " + revocation.credential() + " is revoked already");
        }
        byCredential.put(revocation.credential(), revocation);
    }

    @Override
    public synchronized Optional<CredentialRevocation> find(CredentialId credential) {
        return Optional.ofNullable(byCredential.get(credential));
    }

    @Override
    public synchronized List<CredentialRevocation> all() {
        return byCredential.values().stream().sorted(Comparator.comparing(CredentialRevocation::revokedAt)
                .thenComparing(r -> r.credential().toString())).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(byCredential);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        byCredential = new LinkedHashMap<>((Map<CredentialId, CredentialRevocation>) snapshot);
    }
}
