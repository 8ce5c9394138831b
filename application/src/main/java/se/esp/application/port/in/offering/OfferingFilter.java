package se.esp.application.port.in.offering;

import java.util.Optional;

import se.esp.domain.offering.OfferingStatus;
import se.esp.domain.organisation.OrganisationId;

/** Narrows a listing of offerings; an empty part matches everything. */
public record OfferingFilter(OrganisationId supplier, OfferingStatus status) {

    public static OfferingFilter ofSupplier(OrganisationId supplier) {
        return new OfferingFilter(supplier, null);
    }

    public Optional<OrganisationId> supplierIfAny() {
        return Optional.ofNullable(supplier);
    }

    public Optional<OfferingStatus> statusIfAny() {
        return Optional.ofNullable(status);
    }
}
