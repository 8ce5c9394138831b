package se.esp.domain.delivery;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;

/**
 * One participant's place in a delivery, with the application and consumer organisation it came through.
 *
 * @param outcome {@code null} until the delivery completes
 */
public record Seat(ApplicationId application, OrganisationId consumer, ParticipantId participant,
                   ParticipationOutcome outcome) {

    public Seat {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(participant, "participant");
    }

    Seat withOutcome(ParticipationOutcome value) {
        return new Seat(application, consumer, participant, value);
    }
}
