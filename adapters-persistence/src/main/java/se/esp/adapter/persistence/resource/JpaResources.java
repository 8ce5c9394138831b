package se.esp.adapter.persistence.resource;

import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.resource.ResourceFilter;
import se.esp.application.port.out.Resources;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Resources in the {@code resource} table and its language, slot and competence tables. */
public final class JpaResources extends JpaAggregates<Resource, ResourceJpaEntity> implements Resources {

    public JpaResources(JpaStorage storage) {
        super(storage, ResourceJpaEntity.class, r -> r.id().toString(), Resource::version, row -> row.version,
                r -> "resource " + r.id(), ErrorCode.RESOURCE_NOT_FOUND);
    }

    @Override
    public Optional<Resource> findById(ResourceId id) {
        return storage.find(ResourceJpaEntity.class, id).map(ResourceMapper::toDomain);
    }

    @Override
    public Optional<Resource> findByPersonUserId(String personUserId) {
        return storage.entityManager()
                .createQuery("select r from ResourceJpaEntity r where r.personUserId = :person", ResourceJpaEntity.class)
                .setParameter("person", personUserId)
                .getResultStream()
                .findFirst()
                .map(ResourceMapper::toDomain);
    }

    @Override
    public Page<Resource> list(ResourceFilter filter, PageRequest page) {
        JpaListing<ResourceJpaEntity> listing = new JpaListing<>(ResourceJpaEntity.class, "r");
        filter.statusIfAny().ifPresent(status -> listing.where("r.status = :status", "status", status));
        filter.languageIfAny().ifPresent(language -> listing.where(":language member of r.languages", "language",
                language.value()));
        filter.employerIfAny().ifPresent(employer -> listing.where("r.employerId = :employer", "employer",
                employer.toString()));
        filter.competenceIfAny().ifPresent(code -> listing.where("exists (select r2.id from ResourceJpaEntity r2"
                + " join r2.competences c where r2.id = r.id and c.code = :code)", "code", code.value()));
        return listing.page(storage.entityManager(), "r.displayName, r.id", page, ResourceMapper::toDomain);
    }

    @Override
    public List<Resource> matchable() {
        // Loads each resource's collections with their own queries; EclipseLink 4.0.9's batch-reading hints fail
        // on these element collections of embeddables. Enough for the pool's size today (see the module README).
        return storage.entityManager().createQuery(
                        "select r from ResourceJpaEntity r where r.status in :statuses order by r.id",
                        ResourceJpaEntity.class)
                .setParameter("statuses", EnumSet.of(ResourceStatus.VERIFIED, ResourceStatus.ACTIVE))
                .getResultList().stream()
                .map(ResourceMapper::toDomain)
                .toList();
    }

    /** Only the pool that speaks the languages: a run over some queues reads these, not the whole pool. */
    @Override
    public List<Resource> matchableSpeaking(Collection<LanguageCode> languages) {
        if (languages.isEmpty()) {
            return List.of();
        }
        return storage.mappedAndReleased(storage.entityManager().createQuery(
                        "select distinct r from ResourceJpaEntity r join r.languages l"
                                + " where r.status in :statuses and l in :languages order by r.id",
                        ResourceJpaEntity.class)
                .setParameter("statuses", EnumSet.of(ResourceStatus.VERIFIED, ResourceStatus.ACTIVE))
                .setParameter("languages", languages.stream().map(LanguageCode::value).toList())
                .getResultList(), ResourceMapper::toDomain);
    }

    @Override
    protected ResourceJpaEntity newRow(Resource resource) {
        return ResourceMapper.newRow(resource);
    }

    @Override
    protected void update(Resource resource, ResourceJpaEntity row) {
        ResourceMapper.copyChangeableFields(resource, row);
    }

    @Override
    protected Resource toDomain(ResourceJpaEntity row) {
        return ResourceMapper.toDomain(row);
    }

    @Override
    protected void refuseNew(Resource resource) {
        if (findByPersonUserId(resource.personUserId()).isPresent()) {
            throw alreadyRegistered(resource);
        }
    }

    @Override
    protected void onConstraintViolation(Resource resource) {
        throw alreadyRegistered(resource);
    }

    private static DomainException alreadyRegistered(Resource resource) {
        return new DomainException(ErrorCode.RESOURCE_ALREADY_REGISTERED,
                "user " + resource.personUserId() + " already has a resource profile");
    }
}
