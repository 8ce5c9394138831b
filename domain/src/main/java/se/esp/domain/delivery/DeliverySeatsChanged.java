package se.esp.domain.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ApplicationId;

/**
 * An application's participants joined a delivery (a positive change) or left it before the start (negative).
 *
 * @param participantsChange how many joined (positive) or left (negative)
 * @param participants       how many the delivery has now
 */
public record DeliverySeatsChanged(UUID eventId, Instant occurredAt, DeliveryId deliveryId,
                                   ApplicationId applicationId, OrganisationId consumer, int participantsChange,
                                   int participants) implements DeliveryEvent {

    public DeliverySeatsChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(consumer, "consumer");
    }
}
