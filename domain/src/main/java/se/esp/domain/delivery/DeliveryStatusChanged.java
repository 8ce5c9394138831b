package se.esp.domain.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A delivery moved in its lifecycle.
 *
 * @param completedParticipants on completion, how many completed (the rest did not); otherwise 0
 * @param reason                why, when cancelled; {@code null} otherwise
 */
public record DeliveryStatusChanged(UUID eventId, Instant occurredAt, DeliveryId deliveryId,
                                    DeliveryStatus previousStatus, DeliveryStatus status, int participants,
                                    int completedParticipants, String reason) implements DeliveryEvent {

    public DeliveryStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(status, "status");
    }
}
