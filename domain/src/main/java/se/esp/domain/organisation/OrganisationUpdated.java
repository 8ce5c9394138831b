package se.esp.domain.organisation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An organisation's name, kind, population or participation level changed; carries the new profile. */
public record OrganisationUpdated(UUID eventId, Instant occurredAt, OrganisationId organisationId,
                                  OrganisationProfile profile) implements OrganisationEvent {

    public OrganisationUpdated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(profile, "profile");
    }
}
