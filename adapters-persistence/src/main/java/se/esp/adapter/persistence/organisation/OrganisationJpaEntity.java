package se.esp.adapter.persistence.organisation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.ParticipationLevel;

/** A row of {@code organisation} with its roles; translated to and from the domain by {@link OrganisationMapper}. */
@Entity
@Table(name = "organisation")
public class OrganisationJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "organisation_number", length = 10, nullable = false, updatable = false)
    String organisationNumber;

    @Column(name = "name", length = 200, nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false)
    OrganisationKind kind;

    @Column(name = "population")
    Long population;

    @Enumerated(EnumType.STRING)
    @Column(name = "participation_level", length = 32)
    ParticipationLevel participationLevel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_role", joinColumns = @JoinColumn(name = "organisation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32)
    Set<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_fee_basis", joinColumns = @JoinColumn(name = "organisation_id"))
    List<FeeBasisEmbeddable> feeBasis = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected OrganisationJpaEntity() {
    }
}
