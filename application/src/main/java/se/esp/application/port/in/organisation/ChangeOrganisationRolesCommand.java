package se.esp.application.port.in.organisation;

import java.util.Objects;
import java.util.Set;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationRole;

/** Set the roles an organisation plays, based on the version the user read. */
public record ChangeOrganisationRolesCommand(OrganisationId id, long expectedVersion, Set<OrganisationRole> roles) {

    public ChangeOrganisationRolesCommand {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }
}
