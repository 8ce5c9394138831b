package se.esp.bootstrap.security;

import static se.esp.adapter.common.json.JsonProviders.JSON;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import se.esp.adapter.common.identity.CallerClaims;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.web.security.DemoTokenIssuer;
import se.esp.domain.organisation.Organisation;

/**
 * DEMO RUN ONLY: signs RS256 tokens for the demo identities with {@link DemoSigningKey}, carrying exactly the
 * claims the owner's identity provider must send in production ({@code sub}/{@code upn}, {@code groups},
 * {@code org_id}). Disabled, and the endpoint absent, unless demo identities are on.
 */
@ApplicationScoped
public class DemoTokens implements DemoTokenIssuer {

    static final Duration LIFETIME = Duration.ofHours(8);

    @Inject
    PersistenceAdapters persistence;

    @Inject
    Clock clock;

    @Override
    public boolean enabled() {
        return DemoSettings.demoIdentitiesEnabled();
    }

    @Override
    public List<DemoIdentity> identities() {
        return DemoIdentities.all().stream().map(i -> new DemoIdentity(i.username(), i.displayName(),
                i.organisation().formatted(), organisation(i).map(o -> o.name().value()).orElse("(not registered)"),
                i.roles())).toList();
    }

    @Override
    public Optional<IssuedToken> issue(String username) {
        if (!enabled()) {
            return Optional.empty();
        }
        return DemoIdentities.find(username).map(identity -> new IssuedToken(sign(identity), LIFETIME.toSeconds()));
    }

    private Optional<Organisation> organisation(DemoIdentities.Identity identity) {
        return persistence.transactions().inTransaction(() ->
                persistence.organisations().findByNumber(identity.organisation()));
    }

    private String sign(DemoIdentities.Identity identity) {
        Instant now = clock.instant();
        JsonArrayBuilder groups = JSON.createArrayBuilder();
        identity.roles().forEach(role -> groups.add(role.name()));
        var claims = JSON.createObjectBuilder()
                .add("iss", DemoSigningKey.ISSUER)
                .add("sub", "demo:" + identity.username())
                .add("upn", "demo:" + identity.username())
                .add("name", identity.displayName())
                .add("groups", groups)
                .add("iat", now.getEpochSecond())
                .add("exp", now.plus(LIFETIME).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        organisation(identity).ifPresent(o -> claims.add(CallerClaims.ORGANISATION_CLAIM, o.id().toString()));
        String header = base64(JSON.createObjectBuilder().add("alg", "RS256").add("typ", "JWT")
                .add("kid", "esp-demo").build().toString());
        String payload = base64(claims.build().toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(DemoSigningKey.privateKey());
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a demo token", e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
