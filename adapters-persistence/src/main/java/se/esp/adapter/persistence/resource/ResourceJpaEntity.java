package se.esp.adapter.persistence.resource;

import java.util.ArrayList;
import java.util.HashSet;
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
import se.esp.domain.resource.ResourceStatus;

/** A row of {@code resource} with its languages, slots and competences; translated by {@link ResourceMapper}. */
@Entity
@Table(name = "resource")
public class ResourceJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "person_user_id", length = 200, nullable = false, updatable = false)
    String personUserId;

    @Column(name = "display_name", length = 200, nullable = false)
    String displayName;

    @Column(name = "employer_id", length = 36)
    String employerId;

    @Column(name = "hourly_rate_ore", nullable = false)
    long hourlyRateOre;

    @Column(name = "max_hours_per_week", nullable = false)
    int maxHoursPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    ResourceStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_language", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "language", length = 2)
    Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_slot", joinColumns = @JoinColumn(name = "resource_id"))
    List<WeeklySlotEmbeddable> slots = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_competence", joinColumns = @JoinColumn(name = "resource_id"))
    List<CompetenceEmbeddable> competences = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected ResourceJpaEntity() {
    }
}
