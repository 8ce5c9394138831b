package se.esp.domain.application;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ApplicationId;

/**
 * An application moved in its lifecycle.
 *
 * @param reasonCode why, as a stable code: the wait reason when waitlisted ({@code NO_ELIGIBLE_RESOURCE}, …),
 *                   {@code DELIVERY_CANCELLED} when it went back to waiting; {@code null} otherwise
 * @param deliveryId the delivery it is placed in, if any
 */
public record ApplicationStatusChanged(UUID eventId, Instant occurredAt, ApplicationId applicationId,
                                       OrganisationId consumer, ApplicationStatus previousStatus,
                                       ApplicationStatus status, String reasonCode, DeliveryId deliveryId)
        implements ApplicationEvent {

    public ApplicationStatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(status, "status");
    }
}
