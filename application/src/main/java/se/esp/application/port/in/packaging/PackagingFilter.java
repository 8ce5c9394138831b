package se.esp.application.port.in.packaging;

import java.util.Optional;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.PackagingStatus;

/** Narrows a listing of packagings; an empty part matches everything. */
public record PackagingFilter(OrganisationId supplier, PackagingStatus status) {

    public static PackagingFilter all() {
        return new PackagingFilter(null, null);
    }

    public Optional<OrganisationId> supplierIfAny() {
        return Optional.ofNullable(supplier);
    }

    public Optional<PackagingStatus> statusIfAny() {
        return Optional.ofNullable(status);
    }
}
