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
import se.esp.domain.shared.DomainEventVisitor;

/**
 * Writes each event type's payload explicitly, field by field, because the payload is a published contract:
 * renaming a Java field must never silently change a message. A new payload shape gets a new schema version.
 * Each area has its own serializer; its JSON Schema is in
 * {@code adapters-messaging/src/main/resources/schemas/events/<EventType>.v<version>.json}. A visitor, so that a
 * new kind of event does not compile until it is serialised here.
 */
final class EventSerializer implements DomainEventVisitor<SerializedEvent> {

    private static final EventSerializer INSTANCE = new EventSerializer();

    private EventSerializer() {
    }

    static SerializedEvent serialize(DomainEvent event) {
        return event.accept(INSTANCE);
    }

    @Override
    public SerializedEvent visit(OrganisationEvent event) {
        return OrganisationEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(ResourceEvent event) {
        return ResourceEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(PackagingEvent event) {
        return PackagingEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(ReviewChecklistChanged event) {
        return PackagingEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(OfferingEvent event) {
        return OfferingEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(FeeScheduleEvent event) {
        return FeeEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(ScalingProjectEvent event) {
        return FeeEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(SettlementPeriodEvent event) {
        return FeeEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(ParticipantEvent event) {
        return ParticipantEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(ApplicationEvent event) {
        return ApplicationEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(DeliveryEvent event) {
        return ApplicationEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(CredentialDefinitionEvent event) {
        return CredentialEventJson.serialize(event);
    }

    @Override
    public SerializedEvent visit(CredentialEvent event) {
        return CredentialEventJson.serialize(event);
    }
}
