package se.esp.domain.shared;

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

/**
 * Whoever handles every kind of domain event (the outbox's serialisation): one method per area's sealed event
 * interface, called by {@link DomainEvent#accept}. The areas' packages cannot share one sealed root and Java 17
 * has no pattern switch, so this is what makes an unhandled event a compile error rather than a failure at run
 * time: a new area's events implement {@code accept} with a new method here, and every visitor must then handle
 * them. Within an area, the sealed interface lists its events.
 *
 * <p>This is the one type of {@code shared} that names the areas; the architecture test allows exactly it.</p>
 *
 * @param <R> what handling an event gives
 */
public interface DomainEventVisitor<R> {

    R visit(OrganisationEvent event);

    R visit(ResourceEvent event);

    R visit(PackagingEvent event);

    R visit(ReviewChecklistChanged event);

    R visit(OfferingEvent event);

    R visit(FeeScheduleEvent event);

    R visit(ScalingProjectEvent event);

    R visit(SettlementPeriodEvent event);

    R visit(ParticipantEvent event);

    R visit(ApplicationEvent event);

    R visit(DeliveryEvent event);

    R visit(CredentialDefinitionEvent event);

    R visit(CredentialEvent event);
}
