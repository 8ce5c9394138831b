package se.esp.adapter.persistence.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import se.esp.domain.delivery.ParticipationOutcome;

/** A row of {@code delivery_seat}: one participant's place. */
@Embeddable
public class SeatEmbeddable {

    @Column(name = "application_id", length = 36, nullable = false)
    String applicationId;

    @Column(name = "consumer_organisation_id", length = 36, nullable = false)
    String consumerId;

    @Column(name = "participant_id", length = 36, nullable = false)
    String participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16)
    ParticipationOutcome outcome;

    protected SeatEmbeddable() {
    }

    SeatEmbeddable(String applicationId, String consumerId, String participantId, ParticipationOutcome outcome) {
        this.applicationId = applicationId;
        this.consumerId = consumerId;
        this.participantId = participantId;
        this.outcome = outcome;
    }
}
