package se.esp.adapter.web.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ValidationException;

/**
 * Turns a verified bearer token into the application's {@link ActingUser}. The server (MicroProfile JWT) has
 * already checked signature, issuer and expiry; this reads the claims eSP needs:
 *
 * <ul>
 *   <li>{@code sub} (else {@code upn}) — the user id at the identity provider;</li>
 *   <li>{@value #ORGANISATION_CLAIM} — the id of the organisation the user acts for (absent only for
 *       platform-level users such as the owner's administrators);</li>
 *   <li>{@code groups} — role names, e.g. {@code CONSUMER_STAFF} (case-insensitive; unknown groups are ignored,
 *       so an identity provider may send groups of its own).</li>
 * </ul>
 */
public final class TokenIdentities {

    /** The custom claim carrying the platform's organisation id. */
    public static final String ORGANISATION_CLAIM = "org_id";

    private TokenIdentities() {
    }

    /** @throws NotAuthenticatedException if the token names no user or a malformed organisation */
    public static ActingUser actingUser(JsonWebToken token) {
        String userId = firstText(token.getSubject(), token.getName());
        if (userId == null) {
            throw new NotAuthenticatedException("the token names no user (sub or upn)", "invalid_token");
        }
        OrganisationId organisation = null;
        Object claim = token.getClaim(ORGANISATION_CLAIM);
        String organisationText = claim == null ? null : claim.toString().replace("\"", "").strip();
        if (organisationText != null && !organisationText.isEmpty()) {
            try {
                organisation = OrganisationId.parse(organisationText);
            } catch (ValidationException e) {
                throw new NotAuthenticatedException("the token's " + ORGANISATION_CLAIM
                        + " claim is not an organisation id", "invalid_token");
            }
        }
        return new ActingUser(userId, organisation, roles(token.getGroups()));
    }

    static Set<UserRole> roles(Set<String> groups) {
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        if (groups == null) {
            return roles;
        }
        for (String group : groups) {
            for (UserRole role : UserRole.values()) {
                if (role.name().equals(group.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
