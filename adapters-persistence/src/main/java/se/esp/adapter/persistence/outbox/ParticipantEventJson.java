package se.esp.adapter.persistence.outbox;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import jakarta.json.JsonObjectBuilder;
import se.esp.domain.participant.ParticipantAnonymised;
import se.esp.domain.participant.ParticipantChanged;
import se.esp.domain.participant.ParticipantEvent;
import se.esp.domain.participant.ParticipantRegistered;
import se.esp.domain.participant.ParticipationCompleted;

/**
 * Payloads of the participant events, schema version 1: ids only. No personal data ever enters the outbox or a
 * message, so anonymisation never has to chase copies in other systems.
 */
final class ParticipantEventJson {

    private ParticipantEventJson() {
    }

    static SerializedEvent serialize(ParticipantEvent event) {
        JsonObjectBuilder payload = JSON.createObjectBuilder()
                .add("participantId", event.participantId().toString());
        String type;
        if (event instanceof ParticipantRegistered registered) {
            type = "ParticipantRegistered";
            payload.add("consumerOrganisationId", registered.consumerOrganisationId().toString());
        } else if (event instanceof ParticipantChanged) {
            type = "ParticipantChanged";
        } else if (event instanceof ParticipationCompleted) {
            type = "ParticipationCompleted";
        } else if (event instanceof ParticipantAnonymised) {
            type = "ParticipantAnonymised";
        } else {
            throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
        }
        return new SerializedEvent(type, 1, "Participant", payload.build().toString());
    }
}
