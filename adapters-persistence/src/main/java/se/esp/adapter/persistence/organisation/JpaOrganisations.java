package se.esp.adapter.persistence.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
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
public final class JpaOrganisations implements Organisations {

    private final JpaStorage storage;

    public JpaOrganisations(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public Optional<Organisation> findById(OrganisationId id) {
        return Optional.ofNullable(storage.entityManager().find(OrganisationJpaEntity.class, id.toString()))
                .map(OrganisationMapper::toDomain);
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
        EntityManager entityManager = storage.entityManager();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        filter.kindIfAny().ifPresent(kind -> {
            conditions.add("o.kind = :kind");
            parameters.put("kind", kind);
        });
        filter.roleIfAny().ifPresent(role -> {
            conditions.add(":role member of o.roles");
            parameters.put("role", role);
        });
        filter.nameContainsLowerCase().ifPresent(part -> {
            // '!' escapes LIKE's wildcards: the same on H2 and MariaDB (a backslash would need escaping on MariaDB)
            conditions.add("lower(o.name) like :name escape '!'");
            parameters.put("name", "%" + part.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        TypedQuery<Long> count = entityManager.createQuery(
                "select count(o) from OrganisationJpaEntity o" + where, Long.class);
        TypedQuery<OrganisationJpaEntity> rows = entityManager.createQuery(
                "select o from OrganisationJpaEntity o" + where + " order by " + orderBy(sort),
                OrganisationJpaEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<Organisation> items = rows.setFirstResult(Math.toIntExact(page.offset()))
                .setMaxResults(page.size())
                .getResultList().stream()
                .map(OrganisationMapper::toDomain)
                .toList();
        return new Page<>(items, page, count.getSingleResult());
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
    public Organisation save(Organisation organisation) {
        EntityManager entityManager = storage.entityManager();
        OrganisationJpaEntity row;
        if (organisation.version() == 0) {
            if (findByNumber(organisation.number()).isPresent()) {
                throw numberTaken(organisation);
            }
            row = OrganisationMapper.newRow(organisation);
            entityManager.persist(row);
        } else {
            row = entityManager.find(OrganisationJpaEntity.class, organisation.id().toString());
            if (row == null) {
                throw new DomainException(ErrorCode.ORGANISATION_NOT_FOUND,
                        "organisation " + organisation.id() + " no longer exists");
            }
            if (row.version != organisation.version()) {
                throw stale(organisation);
            }
            OrganisationMapper.copyChangeableFields(organisation, row);
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isLostUpdate(e)) {
                throw stale(organisation);
            }
            if (JpaStorage.isConstraintViolation(e)) {
                throw numberTaken(organisation);
            }
            throw e;
        }
        return OrganisationMapper.toDomain(row);
    }

    private static DomainException stale(Organisation organisation) {
        return new DomainException(ErrorCode.STALE_VERSION, "organisation " + organisation.id()
                + " was changed by somebody else since version " + organisation.version());
    }

    private static DomainException numberTaken(Organisation organisation) {
        return new DomainException(ErrorCode.ORGANISATION_NUMBER_TAKEN,
                "organisation number " + organisation.number() + " is already registered");
    }
}
