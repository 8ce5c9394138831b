package se.esp.adapter.web.console;

import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Logger;

import com.nimbusds.jwt.JWTClaimsSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import se.esp.adapter.common.identity.CallerClaims;
import se.esp.adapter.common.identity.InvalidTokenException;
import se.esp.application.security.ActingUser;

/**
 * The console's user as the owner's identity provider names them: the ID token's claims read by adapters-common's
 * {@link CallerClaims}, the same reading the API gives a bearer token ({@code sub}/{@code upn}, {@code org_id},
 * {@code groups}), so a person has the same roles and organisation in the console as in the API. The name shown is
 * the token's {@code name}, else {@code preferred_username}, else the user id.
 */
@ApplicationScoped
public class ProviderSignIn {

    private static final Logger LOG = Logger.getLogger(ProviderSignIn.class.getName());

    @Inject
    ProviderClaims claims;

    public ProviderSignIn() {
    }

    ProviderSignIn(ProviderClaims claims) {
        this.claims = claims;
    }

    /** Whether the console signs in through the identity provider. */
    public boolean enabled() {
        return claims.enabled();
    }

    /**
     * @return the signed-in user the request's ID token names; empty when the server authenticated nobody through the
     *         provider for this request
     * @throws InvalidTokenException when the token's claims name no usable user (no {@code sub}/{@code upn}, an
     *                               {@code org_id} that is not an organisation id): the API would refuse the same
     */
    public Optional<ConsoleSignIn.SignedIn> signedIn(HttpServletRequest request) {
        return claims.of(request).map(ProviderSignIn::signedIn);
    }

    static ConsoleSignIn.SignedIn signedIn(JWTClaimsSet claims) {
        ActingUser user = CallerClaims.actingUser(claims);
        String displayName = firstText(text(claims, "name"), text(claims, "preferred_username"), user.userId());
        return new ConsoleSignIn.SignedIn(user, displayName);
    }

    /** The sign-in's trace in the server's log: who, for which organisation, with which roles (ids only). */
    static void log(ConsoleSignIn.SignedIn signedIn) {
        ActingUser user = signedIn.user();
        LOG.info(() -> "console sign-in through the identity provider: user " + user.userId() + ", organisation "
                + (user.organisationId() == null ? "none" : user.organisationId()) + ", roles "
                + user.roles().stream().map(Enum::name).sorted().toList());
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
                return candidate.strip();
            }
        }
        return null;
    }
}
