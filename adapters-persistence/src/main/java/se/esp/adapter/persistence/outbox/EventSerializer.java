package se.esp.adapter.persistence.outbox;

import se.esp.domain.application.ApplicationEvent;
import se.esp.domain.credential.CredentialDefinitionEvent;
import se.esp.domain.credential.CredentialEvent;
import se.esp.domain.delivery.DeliveryEvent;
import se.esp.domain.fee.FeeScheduleEvent;
import se.esp.domain.offering.OfferingEvent;
import se.esp.domain.organisation.OrganisationEvent;
import se.esp.domain.packaging.PackagingEvent;
import se.esp.domain.packaging.ReviewChecklistChanged;
import se.esp.domain.participant.ParticipantEvent;
import se.esp.domain.project.ScalingProjectEvent;
import se.esp.domain.resource.ResourceEvent;
import se.esp.domain.settlement.SettlementPeriodEvent;
import se.esp.domain.shared.DomainEvent;

/**
 * Writes each event type's payload explicitly, field by field, because the payload is a published contract:
 * renaming a Java field must never silently change a message. A new payload shape gets a new schema version.
 * Each area has its own serializer; its JSON Schema is in
 * {@code adapters-messaging/src/main/resources/schemas/events/<EventType>.v<version>.json}.
 */
final class EventSerializer {

    private EventSerializer() {
    }

    static SerializedEvent serialize(DomainEvent event) {
        if (event instanceof OrganisationEvent organisationEvent) {
            return OrganisationEventJson.serialize(organisationEvent);
        }
        if (event instanceof ResourceEvent resourceEvent) {
            return ResourceEventJson.serialize(resourceEvent);
        }
        if (event instanceof PackagingEvent packagingEvent) {
            return PackagingEventJson.serialize(packagingEvent);
        }
        if (event instanceof ReviewChecklistChanged checklistChanged) {
            return PackagingEventJson.serialize(checklistChanged);
        }
        if (event instanceof OfferingEvent offeringEvent) {
            return OfferingEventJson.serialize(offeringEvent);
        }
        if (event instanceof FeeScheduleEvent e) { return FeeEventJson.serialize(e); }
        if (event instanceof ScalingProjectEvent e) { return FeeEventJson.serialize(e); }
        if (event instanceof SettlementPeriodEvent e) { return FeeEventJson.serialize(e); }
        if (event instanceof ParticipantEvent participantEvent) {
            return ParticipantEventJson.serialize(participantEvent);
        }
        if (event instanceof ApplicationEvent e) { return ApplicationEventJson.serialize(e); }
        if (event instanceof DeliveryEvent e) { return ApplicationEventJson.serialize(e); }
        if (event instanceof CredentialDefinitionEvent e) { return CredentialEventJson.serialize(e); }
        if (event instanceof CredentialEvent e) { return CredentialEventJson.serialize(e); }
        // one line per area's sealed event interface
        throw new IllegalArgumentException("no serialization for event type " + event.getClass().getName());
    }
}
