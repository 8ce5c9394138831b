package se.esp.domain.organisation;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The roles an organisation plays changed, e.g. a consumer also became a supplier. */
public record OrganisationRolesChanged(UUID eventId, Instant occurredAt, OrganisationId organisationId,
                                       Set<OrganisationRole> previousRoles, Set<OrganisationRole> roles)
        implements OrganisationEvent {

    public OrganisationRolesChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(organisationId, "organisationId");
        previousRoles = Set.copyOf(previousRoles);
        roles = Set.copyOf(roles);
    }
}
