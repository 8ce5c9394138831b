package se.esp.domain.participant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;

/** A consumer organisation registered a participant; says for whom, never who. */
public record ParticipantRegistered(UUID eventId, Instant occurredAt, ParticipantId participantId,
                                    OrganisationId consumerOrganisationId) implements ParticipantEvent {

    public ParticipantRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(consumerOrganisationId, "consumerOrganisationId");
    }
}
