package se.esp.adapter.persistence.project;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.ScalingProjects;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** Scaling projects in the {@code scaling_project} table. */
public final class JpaScalingProjects implements ScalingProjects {

    private final JpaStorage storage;

    public JpaScalingProjects(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public Optional<ScalingProject> findById(ScalingProjectId id) {
        return storage.find(ScalingProjectJpaEntity.class, id).map(ScalingProjectJpaEntity::toDomain);
    }

    @Override
    public Page<ScalingProject> list(OrganisationId owner, PageRequest page) {
        JpaListing<ScalingProjectJpaEntity> listing = new JpaListing<>(ScalingProjectJpaEntity.class, "p");
        if (owner != null) {
            listing.where("p.ownerId = :owner", "owner", owner.toString());
        }
        return listing.page(storage.entityManager(), "p.name, p.id", page, ScalingProjectJpaEntity::toDomain);
    }

    @Override
    public List<ScalingProject> activatedIn(YearMonth month) {
        return between("activatedOn", month);
    }

    @Override
    public List<ScalingProject> endedIn(YearMonth month) {
        return between("endedOn", month);
    }

    private List<ScalingProject> between(String field, YearMonth month) {
        return storage.entityManager().createQuery("select p from ScalingProjectJpaEntity p where p." + field
                        + " between :first and :last order by p.id", ScalingProjectJpaEntity.class)
                .setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth())
                .getResultList().stream().map(ScalingProjectJpaEntity::toDomain).toList();
    }

    @Override
    public ScalingProject save(ScalingProject project) {
        EntityManager entityManager = storage.entityManager();
        ScalingProjectJpaEntity row;
        if (project.version() == 0) {
            row = ScalingProjectJpaEntity.newRow(project);
            entityManager.persist(row);
        } else {
            row = entityManager.find(ScalingProjectJpaEntity.class, project.id().toString());
            if (row == null) {
                throw new DomainException(ErrorCode.SCALING_PROJECT_NOT_FOUND,
                        "scaling project " + project.id() + " no longer exists");
            }
            if (row.version != project.version()) {
                throw stale(project);
            }
            row.copyChangeableFields(project);
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isLostUpdate(e)) {
                throw stale(project);
            }
            throw e;
        }
        return row.toDomain();
    }

    private static DomainException stale(ScalingProject project) {
        return new DomainException(ErrorCode.STALE_VERSION, "scaling project " + project.id()
                + " was changed by somebody else since version " + project.version());
    }
}
