package se.esp.adapter.persistence.participant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of {@code participant}. The name, the identity number and the contact are held only encrypted; after
 * anonymisation every personal column is {@code NULL}.
 */
@Entity
@Table(name = "participant")
public class ParticipantJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "consumer_organisation_id", length = 36, nullable = false, updatable = false)
    String consumerOrganisationId;

    @Column(name = "name_encrypted", length = 1024)
    String nameEncrypted;

    @Column(name = "identity_number_encrypted", length = 255)
    String identityNumberEncrypted;

    @Column(name = "preferred_language", length = 2)
    String preferredLanguage;

    @Column(name = "contact_encrypted", length = 1024)
    String contactEncrypted;

    @Column(name = "registered_at", nullable = false, updatable = false)
    Instant registeredAt;

    @Column(name = "completed_at")
    Instant completedAt;

    @Column(name = "anonymised_at")
    Instant anonymisedAt;

    @Version
    @Column(name = "version", nullable = false)
    Long version;

    protected ParticipantJpaEntity() {
    }
}
