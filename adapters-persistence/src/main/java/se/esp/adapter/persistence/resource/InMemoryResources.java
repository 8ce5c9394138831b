package se.esp.adapter.persistence.resource;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.resource.ResourceFilter;
import se.esp.application.port.out.Resources;
import se.esp.domain.resource.Competence;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Resources in a map. Callers only ever get copies, so a change is kept only when saved, as with a database. */
public final class InMemoryResources implements Resources, InMemoryStore {

    private static final Comparator<Resource> BY_NAME_THEN_ID = Comparator
            .comparing((Resource r) -> r.profile().displayName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.id().toString());

    private Map<ResourceId, Resource> byId = new HashMap<>();

    @Override
    public synchronized Optional<Resource> findById(ResourceId id) {
        return Optional.ofNullable(byId.get(id)).map(r -> copy(r, r.version()));
    }

    @Override
    public synchronized Optional<Resource> findByPersonUserId(String personUserId) {
        return byId.values().stream().filter(r -> r.personUserId().equals(personUserId)).findFirst()
                .map(r -> copy(r, r.version()));
    }

    @Override
    public synchronized Page<Resource> list(ResourceFilter filter, PageRequest page) {
        List<Resource> matching = byId.values().stream()
                .filter(r -> filter.statusIfAny().map(s -> r.status() == s).orElse(true))
                .filter(r -> filter.languageIfAny().map(l -> r.profile().speaks(l)).orElse(true))
                .filter(r -> filter.employerIfAny().map(r::isEmployedBy).orElse(true))
                .filter(r -> filter.competenceIfAny().map(c -> r.competence(c).isPresent()).orElse(true))
                .sorted(BY_NAME_THEN_ID)
                .toList();
        List<Resource> items = matching.stream().skip(page.offset()).limit(page.size())
                .map(r -> copy(r, r.version())).toList();
        return new Page<>(items, page, matching.size());
    }

    @Override
    public synchronized List<Resource> matchable() {
        return byId.values().stream()
                .filter(r -> r.status().isMatchable())
                .sorted(Comparator.comparing(r -> r.id().toString()))
                .map(r -> copy(r, r.version()))
                .toList();
    }

    @Override
    public synchronized Resource save(Resource resource) {
        Resource stored = byId.get(resource.id());
        if (resource.version() == 0) {
            if (stored != null || findByPersonUserId(resource.personUserId()).isPresent()) {
                throw new DomainException(ErrorCode.RESOURCE_ALREADY_REGISTERED,
                        "user " + resource.personUserId() + " already has a resource profile");
            }
        } else if (stored == null) {
            throw new DomainException(ErrorCode.RESOURCE_NOT_FOUND, "resource " + resource.id() + " no longer exists");
        } else if (stored.version() != resource.version()) {
            throw new DomainException(ErrorCode.STALE_VERSION, "resource " + resource.id()
                    + " was changed by somebody else since version " + resource.version());
        }
        Resource next = Resource.reconstitute(resource.id(), resource.personUserId(), resource.profile(),
                resource.competences().stream().map(InMemoryResources::asStored).toList(), resource.status(),
                resource.version() + 1);
        byId.put(next.id(), next);
        return copy(next, next.version());
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(byId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        byId = new HashMap<>((Map<ResourceId, Resource>) snapshot);
    }

    /** A database keeps instants to the microsecond; so does this store, so both give back the same. */
    private static Competence asStored(Competence c) {
        return c.decidedAt() == null ? c : new Competence(c.declaration(), c.status(), c.decidedBy(),
                c.decidedAt().truncatedTo(ChronoUnit.MICROS), c.remark());
    }

    /** Profiles and competences are immutable values, so rebuilding the aggregate is a full copy. */
    private static Resource copy(Resource resource, long version) {
        return Resource.reconstitute(resource.id(), resource.personUserId(), resource.profile(),
                resource.competences(), resource.status(), version);
    }
}
