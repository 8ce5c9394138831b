package se.esp.adapter.persistence.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.ApplicationStatus;

/**
 * A row of {@code application}; translated by {@link ApplicationMapper}. The participants document (ids, stated
 * target groups, answers to the form) is held only encrypted.
 */
@Entity
@Table(name = "application")
public class ApplicationJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "consumer_organisation_id", length = 36, nullable = false, updatable = false)
    String consumerId;

    @Column(name = "submitted_by", length = 200, nullable = false, updatable = false)
    String submittedBy;

    @Column(name = "idempotency_key", length = 100, updatable = false)
    String idempotencyKey;

    @Column(name = "offering_id", length = 36, nullable = false, updatable = false)
    String offeringId;

    @Column(name = "offering_version_id", length = 36, nullable = false, updatable = false)
    String offeringVersionId;

    @Column(name = "supplier_organisation_id", length = 36, nullable = false, updatable = false)
    String supplierId;

    /** Changes only when a participant's answers are erased with their personal data. */
    @Lob
    @Column(name = "participants_encrypted", nullable = false)
    String participantsEncrypted;

    /**
     * The plain document of {@link #participantsEncrypted} as this row last decrypted or encrypted it, and the
     * ciphertext it belongs to (compared by identity: a row read again holds a new string): a row read and then saved
     * in one transaction is decrypted and read once.
     */
    @Transient
    String participantsDocument;

    @Transient
    String participantsDocumentOf;

    /** {@link #participantsDocument} read into values, once (they are immutable). */
    @Transient
    List<ApplicationParticipant> participantsRead;

    @Column(name = "participant_count", nullable = false, updatable = false)
    int participantCount;

    @Column(name = "language", length = 2, nullable = false, updatable = false)
    String language;

    @Column(name = "earliest_start", nullable = false, updatable = false)
    LocalDate earliestStart;

    @Column(name = "urgent", nullable = false, updatable = false)
    boolean urgent;

    @Column(name = "received_at", nullable = false, updatable = false)
    Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    ApplicationStatus status;

    @Column(name = "wait_reason", length = 64)
    String waitReason;

    @Column(name = "explanation", length = 2000)
    String explanation;

    @Column(name = "delivery_id", length = 36)
    String deliveryId;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected ApplicationJpaEntity() {
    }
}
