package se.esp.application.port.in.organisation;

import java.util.Optional;

import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationRole;

/** Narrows a listing of organisations; an empty part matches everything. */
public record OrganisationFilter(OrganisationKind kind, OrganisationRole role) {

    public static OrganisationFilter all() {
        return new OrganisationFilter(null, null);
    }

    public Optional<OrganisationKind> kindIfAny() {
        return Optional.ofNullable(kind);
    }

    public Optional<OrganisationRole> roleIfAny() {
        return Optional.ofNullable(role);
    }
}
