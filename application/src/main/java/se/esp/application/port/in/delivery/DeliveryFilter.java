package se.esp.application.port.in.delivery;

import java.util.Optional;

import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.ResourceId;

/**
 * Narrows a listing of deliveries; an empty part matches everything. The use case sets the party from the acting
 * user: a supplier's deliveries, those seating a consumer's participants, or those a resource leads.
 */
public record DeliveryFilter(OrganisationId supplier, OrganisationId consumer, ResourceId resource,
                             DeliveryStatus status) {

    public static DeliveryFilter byStatus(DeliveryStatus status) {
        return new DeliveryFilter(null, null, null, status);
    }

    public DeliveryFilter ofSupplier(OrganisationId organisation) {
        return new DeliveryFilter(organisation, null, null, status);
    }

    public DeliveryFilter seatingConsumer(OrganisationId organisation) {
        return new DeliveryFilter(null, organisation, null, status);
    }

    public DeliveryFilter ledBy(ResourceId id) {
        return new DeliveryFilter(null, null, id, status);
    }

    public Optional<OrganisationId> supplierIfAny() {
        return Optional.ofNullable(supplier);
    }

    public Optional<OrganisationId> consumerIfAny() {
        return Optional.ofNullable(consumer);
    }

    public Optional<ResourceId> resourceIfAny() {
        return Optional.ofNullable(resource);
    }

    public Optional<DeliveryStatus> statusIfAny() {
        return Optional.ofNullable(status);
    }
}
