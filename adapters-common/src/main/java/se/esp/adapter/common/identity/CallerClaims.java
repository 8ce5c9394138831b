package se.esp.adapter.common.identity;

import java.text.ParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;

import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ValidationException;

/**
 * The one reading of a verified token's claims as the application's {@link ActingUser}, for every channel:
 *
 * <ul>
 *   <li>{@code sub}, else {@code upn} — the user id at the identity provider; a token naming neither is refused;</li>
 *   <li>{@value #ORGANISATION_CLAIM} — the id of the organisation the user acts for, as
 *       {@code GET /api/organisations} shows it (absent for platform-level users such as the owner's
 *       administrators); one that is not an organisation id refuses the token;</li>
 *   <li>{@code groups} — role names, e.g. {@code CONSUMER_STAFF}, case-insensitive and with {@code -} for
 *       {@code _} ({@code consumer-staff}); unknown groups are ignored, so a provider may send groups of its own.</li>
 * </ul>
 */
public final class CallerClaims {

    /** The custom claim carrying the platform's organisation id. */
    public static final String ORGANISATION_CLAIM = "org_id";
    public static final String GROUPS_CLAIM = "groups";

    private CallerClaims() {
    }

    /** @throws InvalidTokenException if the claims name no user or a malformed organisation */
    public static ActingUser actingUser(JWTClaimsSet claims) {
        String user = firstText(claims.getSubject(), text(claims, "upn"));
        if (user == null) {
            throw InvalidTokenException.invalid("the bearer token names no user (sub or upn)");
        }
        return new ActingUser(user, organisation(claims.getClaim(ORGANISATION_CLAIM)),
                roles(claims.getClaim(GROUPS_CLAIM)));
    }

    private static OrganisationId organisation(Object claim) {
        if (claim == null || claim instanceof String text && text.isBlank()) {
            return null;
        }
        if (claim instanceof String text) {
            try {
                return OrganisationId.parse(text.strip());
            } catch (ValidationException | IllegalArgumentException e) {
                // refused below
            }
        }
        throw InvalidTokenException.invalid("the bearer token's " + ORGANISATION_CLAIM
                + " claim is not an organisation id");
    }

    /** The known roles among the groups; anything but a list of names grants none. */
    static Set<UserRole> roles(Object groups) {
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        if (!(groups instanceof Collection<?> names)) {
            return roles;
        }
        for (Object name : names) {
            if (name instanceof String group) {
                String normalised = group.strip().toUpperCase(Locale.ROOT).replace('-', '_');
                for (UserRole role : UserRole.values()) {
                    if (role.name().equals(normalised)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    private static String text(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            return null;
        }
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
