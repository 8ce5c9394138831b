package se.esp.bootstrap.inbound;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import se.esp.adapter.messaging.inbound.Rs256TokenVerifier;
import se.esp.adapter.messaging.inbound.SenderVerifier;

/**
 * The verifier of inbound messages' bearer tokens, on exactly the settings the server's MicroProfile JWT verifies
 * API tokens with — {@code mp.jwt.verify.publickey} or {@code mp.jwt.verify.publickey.location} (PEM, JWK or JWKS),
 * {@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.audiences} — read from the same MicroProfile Config (so on a
 * demo run the demo signing key, see {@code security/DemoIdentityConfigSource}). A token the REST API accepts is
 * accepted on the queue, and no other.
 *
 * <p>Why a verifier of our own and not the server's: Liberty's MicroProfile JWT verifies tokens of HTTP requests
 * only; a message has no request. Why here: the settings are the server's (bootstrap), while the verification itself
 * is plain JDK code in the messaging adapter behind the {@link SenderVerifier} port, testable with any key.</p>
 */
@ApplicationScoped
public class SenderVerification {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String AUDIENCES = "mp.jwt.verify.audiences";

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    SenderVerifier senderVerifier() {
        return fromConfig(name -> config.getOptionalValue(name, String.class), clock);
    }

    /** The verifier for settings looked up by name (MicroProfile Config's names). */
    static SenderVerifier fromConfig(java.util.function.Function<String, Optional<String>> setting, Clock clock) {
        String issuer = setting.apply(ISSUER).orElse(null);
        Set<String> audiences = setting.apply(AUDIENCES).map(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
        Optional<String> key = setting.apply(PUBLIC_KEY).filter(k -> !k.isBlank());
        if (key.isPresent()) {
            return Rs256TokenVerifier.ofKeyText(key.get(), issuer, audiences, clock);
        }
        Optional<String> location = setting.apply(PUBLIC_KEY_LOCATION).filter(k -> !k.isBlank());
        if (location.isPresent()) {
            return Rs256TokenVerifier.ofLocation(location.get(), issuer, audiences, clock);
        }
        return token -> {
            throw new SenderVerifier.UnauthenticatedException("the server has no key to verify tokens with ("
                    + PUBLIC_KEY + " or " + PUBLIC_KEY_LOCATION + ")");
        };
    }
}
