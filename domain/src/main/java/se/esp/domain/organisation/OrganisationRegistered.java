package se.esp.domain.organisation;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** An organisation joined the platform. */
public record OrganisationRegistered(UUID eventId, Instant occurredAt, OrganisationId organisationId,
                                     OrganisationNumber organisationNumber, OrganisationProfile profile,
                                     Set<OrganisationRole> roles) implements OrganisationEvent {

    public OrganisationRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(organisationNumber, "organisationNumber");
        Objects.requireNonNull(profile, "profile");
        roles = Set.copyOf(roles);
    }
}
