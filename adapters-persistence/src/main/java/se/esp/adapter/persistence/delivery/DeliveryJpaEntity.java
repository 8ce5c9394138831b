package se.esp.adapter.persistence.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.DeliveryStatus;

/** A row of {@code delivery} with its seats; translated by {@link DeliveryMapper}. */
@Entity
@Table(name = "delivery")
public class DeliveryJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "offering_version_id", length = 36, nullable = false, updatable = false)
    String offeringVersionId;

    @Column(name = "supplier_organisation_id", length = 36, nullable = false, updatable = false)
    String supplierId;

    @Column(name = "title", length = 200, nullable = false, updatable = false)
    String title;

    @Column(name = "language", length = 2, nullable = false, updatable = false)
    String language;

    @Column(name = "resource_id", length = 36, nullable = false, updatable = false)
    String resourceId;

    @Column(name = "resource_name", length = 200, nullable = false, updatable = false)
    String resourceName;

    @Column(name = "resource_employer_id", length = 36, updatable = false)
    String resourceEmployerId;

    @Column(name = "hourly_rate_ore", nullable = false, updatable = false)
    long hourlyRateOre;

    @Column(name = "resource_hours", precision = 12, scale = 2, nullable = false, updatable = false)
    BigDecimal resourceHours;

    @Column(name = "session_slots", length = 200, nullable = false, updatable = false)
    String sessionSlots;

    @Column(name = "starts_on", nullable = false, updatable = false)
    LocalDate startsOn;

    @Column(name = "last_day", nullable = false, updatable = false)
    LocalDate lastDay;

    @Column(name = "max_participants", nullable = false, updatable = false)
    int maxParticipants;

    @Column(name = "price_per_participant_ore", nullable = false, updatable = false)
    long pricePerParticipantOre;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_split_rule", length = 16, nullable = false, updatable = false)
    CostSplitRule costSplitRule;

    @Column(name = "opened_at", nullable = false, updatable = false)
    Instant openedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    DeliveryStatus status;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "completed_at")
    Instant completedAt;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    @Column(name = "cancellation_reason", length = 2000)
    String cancellationReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_seat", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderColumn(name = "position")
    List<SeatEmbeddable> seats = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected DeliveryJpaEntity() {
    }
}
