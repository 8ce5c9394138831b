package se.esp.adapter.persistence.credential;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryMapStore;
import se.esp.application.port.out.CredentialRevocations;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;

/** Revocations in a map; immutable records, shared with callers. */
public final class InMemoryCredentialRevocations extends InMemoryMapStore<CredentialId, CredentialRevocation>
        implements CredentialRevocations {

    @Override
    public synchronized void add(CredentialRevocation revocation) {
        if (rows().containsKey(revocation.credential())) {
            throw new IllegalStateException("credential " + revocation.credential() + " is revoked already");
        }
        rows().put(revocation.credential(), revocation);
    }

    @Override
    public synchronized Optional<CredentialRevocation> find(CredentialId credential) {
        return Optional.ofNullable(rows().get(credential));
    }

    @Override
    public synchronized List<CredentialRevocation> all() {
        return rows().values().stream().sorted(Comparator.comparing(CredentialRevocation::revokedAt)
                .thenComparing(r -> r.credential().toString())).toList();
    }
}
