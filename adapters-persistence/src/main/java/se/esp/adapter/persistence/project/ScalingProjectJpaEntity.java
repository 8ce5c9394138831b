package se.esp.adapter.persistence.project;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.project.ScalingProjectStatus;
import se.esp.domain.shared.Money;

/** A row of {@code scaling_project}, with the translation to and from the aggregate. */
@Entity
@Table(name = "scaling_project")
public class ScalingProjectJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "owner_id", length = 36, nullable = false, updatable = false)
    String ownerId;

    @Column(name = "name", length = 200, nullable = false)
    String name;

    @Column(name = "budget_ore", nullable = false)
    long budgetOre;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    ScalingProjectStatus status;

    @Column(name = "activated_on")
    LocalDate activatedOn;

    @Column(name = "ended_on")
    LocalDate endedOn;

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected ScalingProjectJpaEntity() {
    }

    static ScalingProjectJpaEntity newRow(ScalingProject project) {
        ScalingProjectJpaEntity row = new ScalingProjectJpaEntity();
        row.id = project.id().toString();
        row.ownerId = project.owner().toString();
        row.copyChangeableFields(project);
        return row;
    }

    void copyChangeableFields(ScalingProject project) {
        name = project.name();
        budgetOre = project.budget().ore();
        status = project.status();
        activatedOn = project.activatedOn().orElse(null);
        endedOn = project.endedOn().orElse(null);
    }

    ScalingProject toDomain() {
        return ScalingProject.reconstitute(new ScalingProjectId(UUID.fromString(id)),
                new OrganisationId(UUID.fromString(ownerId)), name, Money.ofOre(budgetOre), status, activatedOn,
                endedOn, version);
    }
}
