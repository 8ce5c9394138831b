package se.esp.application.port.in.organisation;

import java.time.LocalDate;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationProfile;

/**
 * Replace an organisation's profile, based on the version the user read.
 *
 * @param effectiveFrom from which day a changed population or participation level applies to the fees;
 *                      {@code null}: from today. Never in a closed settlement month.
 */
public record UpdateOrganisationCommand(OrganisationId id, long expectedVersion, OrganisationProfile profile,
                                        LocalDate effectiveFrom) {

    public UpdateOrganisationCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }

    /** A change that applies from today. */
    public UpdateOrganisationCommand(OrganisationId id, long expectedVersion, OrganisationProfile profile) {
        this(id, expectedVersion, profile, null);
    }
}
