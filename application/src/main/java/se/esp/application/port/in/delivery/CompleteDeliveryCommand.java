package se.esp.application.port.in.delivery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.participant.ParticipantId;

/** A delivery ran: every participant's outcome, based on the version read. */
public record CompleteDeliveryCommand(DeliveryId id, long expectedVersion,
                                      Map<ParticipantId, ParticipationOutcome> outcomes) {

    public CompleteDeliveryCommand {
        Objects.requireNonNull(id, "id");
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }
}
