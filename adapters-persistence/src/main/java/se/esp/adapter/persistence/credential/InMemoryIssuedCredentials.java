package se.esp.adapter.persistence.credential;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryMapStore;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.IssuedCredential;

/** Issued credentials in a map; they are immutable records, so callers share them. */
public final class InMemoryIssuedCredentials extends InMemoryMapStore<CredentialId, IssuedCredential>
        implements IssuedCredentials {

    @Override
    public synchronized void addAll(List<IssuedCredential> credentials) {
        for (IssuedCredential c : credentials) {
            boolean again = rows().containsKey(c.id()) || rows().values().stream().anyMatch(o ->
                    o.definitionId().equals(c.definitionId()) && o.participant().equals(c.participant())
                            && o.delivery().equals(c.delivery()));
            if (again) {
                throw new IllegalStateException("a credential of the same definition from the same delivery was "
                        + "already issued to the participant");
            }
        }
        credentials.forEach(c -> rows().put(c.id(), c));
    }

    @Override
    public synchronized Optional<IssuedCredential> findById(CredentialId id) {
        return Optional.ofNullable(rows().get(id));
    }

    @Override
    public synchronized Page<IssuedCredential> list(Filter filter, PageRequest page) {
        List<IssuedCredential> matching = rows().values().stream()
                .filter(c -> filter.supplier() == null || c.supplier().equals(filter.supplier()))
                .filter(c -> filter.consumer() == null || c.consumer().equals(filter.consumer()))
                .filter(c -> filter.participant() == null || c.participant().equals(filter.participant()))
                .filter(c -> filter.delivery() == null || c.delivery().equals(filter.delivery()))
                .sorted(Comparator.comparing(IssuedCredential::issuedAt).reversed()
                        .thenComparing(c -> c.id().toString()))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
    }
}
