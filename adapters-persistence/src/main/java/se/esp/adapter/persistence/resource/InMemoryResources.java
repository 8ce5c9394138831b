package se.esp.adapter.persistence.resource;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
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
public final class InMemoryResources extends InMemoryAggregates<ResourceId, Resource> implements Resources {

    private static final Comparator<Resource> BY_NAME_THEN_ID = Comparator
            .comparing((Resource r) -> r.profile().displayName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.id().toString());

    public InMemoryResources() {
        super(Resource::id, Resource::version, r -> "resource " + r.id(), ErrorCode.RESOURCE_NOT_FOUND);
    }

    @Override
    public Optional<Resource> findByPersonUserId(String personUserId) {
        return findFirst(r -> r.personUserId().equals(personUserId));
    }

    @Override
    public Page<Resource> list(ResourceFilter filter, PageRequest page) {
        return page(stored()
                .filter(r -> filter.statusIfAny().map(s -> r.status() == s).orElse(true))
                .filter(r -> filter.languageIfAny().map(l -> r.profile().speaks(l)).orElse(true))
                .filter(r -> filter.employerIfAny().map(r::isEmployedBy).orElse(true))
                .filter(r -> filter.competenceIfAny().map(c -> r.competence(c).isPresent()).orElse(true))
                .sorted(BY_NAME_THEN_ID)
                .toList(), page);
    }

    @Override
    public List<Resource> matchable() {
        return stored()
                .filter(r -> r.status().isMatchable())
                .sorted(Comparator.comparing(r -> r.id().toString()))
                .map(this::copy)
                .toList();
    }

    @Override
    protected void refuseNew(Resource resource, Resource stored) {
        if (stored != null || findByPersonUserId(resource.personUserId()).isPresent()) {
            throw new DomainException(ErrorCode.RESOURCE_ALREADY_REGISTERED,
                    "user " + resource.personUserId() + " already has a resource profile");
        }
    }

    /** A database keeps instants to the microsecond; so does this store, so both give back the same. */
    @Override
    protected Resource asStored(Resource resource, long nextVersion) {
        return Resource.reconstitute(resource.id(), resource.personUserId(), resource.profile(),
                resource.competences().stream().map(InMemoryResources::asStored).toList(), resource.status(),
                nextVersion);
    }

    private static Competence asStored(Competence c) {
        return c.decidedAt() == null ? c : new Competence(c.declaration(), c.status(), c.decidedBy(),
                c.decidedAt().truncatedTo(ChronoUnit.MICROS), c.remark());
    }

    /** Profiles and competences are immutable values, so rebuilding the aggregate is a full copy. */
    @Override
    protected Resource copy(Resource resource, long version) {
        return Resource.reconstitute(resource.id(), resource.personUserId(), resource.profile(),
                resource.competences(), resource.status(), version);
    }
}
