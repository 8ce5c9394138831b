package se.esp.application.port.in.organisation;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationProfile;

/** Replace an organisation's profile, based on the version the user read. */
public record UpdateOrganisationCommand(OrganisationId id, long expectedVersion, OrganisationProfile profile) {

    public UpdateOrganisationCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }
}
