package se.esp.adapter.persistence.credential;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.IssuedCredential;

/** Issued credentials in a map; they are immutable records, so callers share them. */
public final class InMemoryIssuedCredentials implements IssuedCredentials, InMemoryStore {

    private Map<CredentialId, IssuedCredential> byId = new LinkedHashMap<>();

    @Override
    public synchronized void addAll(List<IssuedCredential> credentials) {
        for (IssuedCredential c : credentials) {
            boolean again = byId.containsKey(c.id()) || byId.values().stream().anyMatch(o ->
                    o.definitionId().equals(c.definitionId()) && o.participant().equals(c.participant())
                            && o.delivery().equals(c.delivery()));
            if (again) {
                throw new IllegalStateException("a credential of the same definition from the same delivery was "
                        + "already issued to the participant");
            }
        }
        credentials.forEach(c -> byId.put(c.id(), c));
    }

    @Override
    public synchronized Optional<IssuedCredential> findById(CredentialId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Page<IssuedCredential> list(Filter filter, PageRequest page) {
        List<IssuedCredential> matching = byId.values().stream()
                .filter(c -> filter.supplier() == null || c.supplier().equals(filter.supplier()))
                .filter(c -> filter.consumer() == null || c.consumer().equals(filter.consumer()))
                .filter(c -> filter.participant() == null || c.participant().equals(filter.participant()))
                .filter(c -> filter.delivery() == null || c.delivery().equals(filter.delivery()))
                .sorted(Comparator.comparing(IssuedCredential::issuedAt).reversed()
                        .thenComparing(c -> c.id().toString()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(byId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        byId = new LinkedHashMap<>((Map<CredentialId, IssuedCredential>) snapshot);
    }
}
