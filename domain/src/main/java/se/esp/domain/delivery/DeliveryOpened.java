package se.esp.domain.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/** Matching opened a delivery of an offering version in a language, led by a resource. */
public record DeliveryOpened(UUID eventId, Instant occurredAt, DeliveryId deliveryId,
                             OfferingVersionId offeringVersionId, OrganisationId supplier, LanguageCode language,
                             ResourceId resourceId, LocalDate startsOn, LocalDate lastDay,
                             Money pricePerParticipant, CostSplitRule costSplitRule) implements DeliveryEvent {

    public DeliveryOpened {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(offeringVersionId, "offeringVersionId");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(pricePerParticipant, "pricePerParticipant");
        Objects.requireNonNull(costSplitRule, "costSplitRule");
    }
}
