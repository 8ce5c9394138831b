package se.esp.application.port.in.organisation;

import java.util.Objects;
import java.util.Set;

import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;

/** Register a new organisation. Valid by construction: its parts are validated value objects. */
public record RegisterOrganisationCommand(OrganisationNumber number, OrganisationProfile profile,
                                          Set<OrganisationRole> roles) {

    public RegisterOrganisationCommand {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(profile, "profile");
        roles = Set.copyOf(roles);
    }
}
