package se.esp.adapter.persistence.project;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaListing;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.ScalingProjects;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.shared.ErrorCode;

/** Scaling projects in the {@code scaling_project} table. */
public final class JpaScalingProjects extends JpaAggregates<ScalingProject, ScalingProjectJpaEntity>
        implements ScalingProjects {

    public JpaScalingProjects(JpaStorage storage) {
        super(storage, ScalingProjectJpaEntity.class, p -> p.id().toString(), ScalingProject::version,
                row -> row.version, p -> "scaling project " + p.id(), ErrorCode.SCALING_PROJECT_NOT_FOUND);
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
    protected ScalingProjectJpaEntity newRow(ScalingProject project) {
        return ScalingProjectJpaEntity.newRow(project);
    }

    @Override
    protected void update(ScalingProject project, ScalingProjectJpaEntity row) {
        row.copyChangeableFields(project);
    }

    @Override
    protected ScalingProject toDomain(ScalingProjectJpaEntity row) {
        return row.toDomain();
    }
}
