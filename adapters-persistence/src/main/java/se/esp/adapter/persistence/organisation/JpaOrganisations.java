package se.esp.adapter.persistence.organisation;

import java.util.Optional;

import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.OrganisationSort;
import se.esp.application.port.out.Organisations;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Organisations in the {@code organisation} and {@code organisation_role} tables. */
public final class JpaOrganisations extends JpaAggregates<Organisation, OrganisationJpaEntity>
        implements Organisations {

    public JpaOrganisations(JpaStorage storage) {
        super(storage, OrganisationJpaEntity.class, o -> o.id().toString(), Organisation::version, row -> row.version,
                o -> "organisation " + o.id(), ErrorCode.ORGANISATION_NOT_FOUND);
    }

    @Override
    public Optional<Organisation> findById(OrganisationId id) {
        return storage.find(OrganisationJpaEntity.class, id).map(OrganisationMapper::toDomain);
    }

    @Override
    public Optional<Organisation> findByNumber(OrganisationNumber number) {
        return storage.entityManager()
                .createQuery("select o from OrganisationJpaEntity o where o.organisationNumber = :number",
                        OrganisationJpaEntity.class)
                .setParameter("number", number.value())
                .getResultStream()
                .findFirst()
                .map(OrganisationMapper::toDomain);
    }

    @Override
    public boolean anyOfKind(OrganisationKind kind) {
        return !storage.entityManager()
                .createQuery("select o.id from OrganisationJpaEntity o where o.kind = :kind", String.class)
                .setParameter("kind", kind)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Page<Organisation> list(OrganisationFilter filter, OrganisationSort sort, PageRequest page) {
        JpaListing<OrganisationJpaEntity> listing = new JpaListing<>(OrganisationJpaEntity.class, "o");
        filter.kindIfAny().ifPresent(kind -> listing.where("o.kind = :kind", "kind", kind));
        filter.roleIfAny().ifPresent(role -> listing.where(":role member of o.roles", "role", role));
        // '!' escapes LIKE's wildcards: the same on H2 and MariaDB (a backslash would need escaping on MariaDB)
        filter.nameContainsLowerCase().ifPresent(part -> listing.where("lower(o.name) like :name escape '!'", "name",
                "%" + part.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"));
        return listing.page(storage.entityManager(), orderBy(sort), page, OrganisationMapper::toDomain);
    }

    /** Nulls (no population) come first ascending on H2 and MariaDB alike; then name and id keep pages stable. */
    private static String orderBy(OrganisationSort sort) {
        String column = switch (sort.key()) {
            case NAME -> "o.name";
            case ORGANISATION_NUMBER -> "o.organisationNumber";
            case KIND -> "o.kind";
            case POPULATION -> "o.population";
        };
        return column + (sort.descending() ? " desc" : " asc") + ", o.name, o.id";
    }

    @Override
    protected OrganisationJpaEntity newRow(Organisation organisation) {
        return OrganisationMapper.newRow(organisation);
    }

    @Override
    protected void update(Organisation organisation, OrganisationJpaEntity row) {
        OrganisationMapper.copyChangeableFields(organisation, row);
    }

    @Override
    protected Organisation toDomain(OrganisationJpaEntity row) {
        return OrganisationMapper.toDomain(row);
    }

    @Override
    protected void refuseNew(Organisation organisation) {
        if (findByNumber(organisation.number()).isPresent()) {
            throw numberTaken(organisation);
        }
    }

    @Override
    protected void onConstraintViolation(Organisation organisation) {
        throw numberTaken(organisation);
    }

    private static DomainException numberTaken(Organisation organisation) {
        return new DomainException(ErrorCode.ORGANISATION_NUMBER_TAKEN,
                "organisation number " + organisation.number() + " is already registered");
    }
}
