package se.esp.adapter.common.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import se.esp.adapter.common.testing.TestIdentityProvider;

/**
 * Keys from the identity provider's JWKS URL, served by a local JDK HTTP server standing in for the provider: the
 * key set is fetched once and cached, fetched again when a token names a key id it does not hold (the provider
 * rotated its key), and a plain {@code http:} URL is refused unless explicitly allowed.
 */
class RemoteKeySetTest {

    private final TestIdentityProvider before = new TestIdentityProvider(2048, "key-2026-01");
    private final TestIdentityProvider after = new TestIdentityProvider(2048, "key-2026-02");
    private final AtomicReference<String> served = new AtomicReference<>(before.jwks());
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer server;
    private String url;

    @BeforeEach
    void startTheProvidersKeyEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/esp/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/esp/certs";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesTheKeySetOnceAndVerifiesTokensWithIt() {
        TokenVerifier verifier = verifier(url);
        assertThat(fetches).as("nothing fetched before a token needs it").hasValue(0);

        for (int i = 0; i < 5; i++) {
            assertThat(verifier.verify(before.claims("u" + i).sign()).getSubject()).isEqualTo("u" + i);
        }

        assertThat(fetches).as("the key set is cached").hasValue(1);
    }

    @Test
    void followsAKeyRotationWhenATokenNamesTheNewKeyId() {
        TokenVerifier verifier = verifier(url);
        assertThat(verifier.verify(before.claims("u").sign()).getSubject()).isEqualTo("u");

        served.set(after.jwks());

        assertThat(verifier.verify(after.claims("v").sign()).getSubject()).isEqualTo("v");
        assertThat(fetches).hasValue(2);
        assertThatThrownBy(() -> verifier.verify(before.claims("u").sign())).as("the old key is gone")
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesATokenNamingAKeyIdTheProviderDoesNotHaveAndDoesNotFetchForEveryOne() {
        TokenVerifier verifier = verifier(url);

        for (int i = 0; i < 10; i++) {
            String forged = new TestIdentityProvider(2048, "made-up-" + i).claims("mallory").sign();
            assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidTokenException.class)
                    .hasMessageContaining("made-up-" + i);
        }

        assertThat(fetches.get()).as("fetches are rate-limited").isLessThanOrEqualTo(2);
    }

    @Test
    void refusesAKeyUnder2048BitsServedByTheProvider() {
        TestIdentityProvider weak = new TestIdentityProvider(1024, "weak");
        served.set(weak.jwks());

        assertThatThrownBy(() -> verifier(url).verify(weak.claims("u").sign()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("1024 bits");
    }

    @Test
    void refusesAPlainHttpKeyLocationAtStartUnlessAllowed() {
        assertThatThrownBy(() -> TokenVerifier.create(TokenSettings.keyLocation(url, TestIdentityProvider.ISSUER,
                Set.of()), Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is plain http").hasMessageContaining("https");
        assertThat(fetches).hasValue(0);
    }

    @Test
    void anUnreachableProviderRefusesTokensSayingSo() {
        server.stop(0);

        assertThatThrownBy(() -> verifier(url).verify(before.claims("u").sign()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("keys are not available");
    }

    private static TokenVerifier verifier(String location) {
        return TokenVerifier.create(TokenSettings.keyLocation(location, TestIdentityProvider.ISSUER, Set.of())
                .allowingHttpLocation(), Clock.systemUTC());
    }
}
