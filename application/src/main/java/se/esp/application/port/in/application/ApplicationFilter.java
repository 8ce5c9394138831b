package se.esp.application.port.in.application;

import java.util.Optional;

import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.organisation.OrganisationId;

/**
 * Narrows a listing of applications; an empty part matches everything. The use case sets the organisation part
 * from the acting user: a consumer lists its own, a supplier those to its offerings.
 */
public record ApplicationFilter(OrganisationId consumer, OrganisationId supplier, ApplicationStatus status) {

    public static ApplicationFilter byStatus(ApplicationStatus status) {
        return new ApplicationFilter(null, null, status);
    }

    public ApplicationFilter ofConsumer(OrganisationId organisation) {
        return new ApplicationFilter(organisation, null, status);
    }

    public ApplicationFilter ofSupplier(OrganisationId organisation) {
        return new ApplicationFilter(null, organisation, status);
    }

    public Optional<OrganisationId> consumerIfAny() {
        return Optional.ofNullable(consumer);
    }

    public Optional<OrganisationId> supplierIfAny() {
        return Optional.ofNullable(supplier);
    }

    public Optional<ApplicationStatus> statusIfAny() {
        return Optional.ofNullable(status);
    }
}
