package se.esp.adapter.persistence.participant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code personal_data_access}, the audit log. Every column is {@code updatable = false}, and the
 * adapter has no update or delete: lines are only ever added.
 */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccessJpaEntity {

    /** Order of recording; the log is read back in it. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "seq")
    Long seq;

    @Column(name = "id", length = 36, nullable = false, updatable = false)
    String id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(name = "user_id", length = 200, nullable = false, updatable = false)
    String userId;

    @Column(name = "user_organisation_id", length = 36, updatable = false)
    String userOrganisationId;

    @Column(name = "participant_id", length = 36, nullable = false, updatable = false)
    String participantId;

    @Column(name = "use_case", length = 64, nullable = false, updatable = false)
    String useCase;

    @Column(name = "access_kind", length = 16, nullable = false, updatable = false)
    String kind;

    @Column(name = "outcome", length = 16, nullable = false, updatable = false)
    String outcome;

    protected PersonalDataAccessJpaEntity() {
    }
}
