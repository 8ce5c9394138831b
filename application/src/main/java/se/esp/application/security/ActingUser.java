package se.esp.application.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import se.esp.domain.organisation.OrganisationId;

/**
 * The user on whose behalf a use case runs. Passed explicitly to every use case so that authorisation is
 * decided here, in the application layer, whatever adapter the request came through.
 *
 * @param userId         stable id of the user at the identity provider
 * @param organisationId the organisation the user acts for; {@code null} only for platform-level users
 * @param roles          what the user may do
 */
public record ActingUser(String userId, OrganisationId organisationId, Set<UserRole> roles) {

    public ActingUser {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("an acting user needs a user id");
        }
        roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /**
     * The platform itself acting as administrator, for work nobody requested through a user interface
     * (loading demo data, scheduled jobs). The purpose names the job in audit trails.
     */
    public static ActingUser system(String purpose) {
        return new ActingUser("system:" + Objects.requireNonNull(purpose, "purpose"), null,
                EnumSet.of(UserRole.PLATFORM_ADMINISTRATOR));
    }

    public boolean has(UserRole role) {
        return roles.contains(role);
    }

    public boolean actsFor(OrganisationId organisation) {
        return organisationId != null && organisationId.equals(organisation);
    }

    public Optional<OrganisationId> organisation() {
        return Optional.ofNullable(organisationId);
    }
}
