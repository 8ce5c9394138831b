package se.esp.adapter.common.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.esp.adapter.common.identity.InvalidTokenException.Kind;

class BearerCredentialsTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl";

    @Test
    void readsTheTokenWhateverTheCaseOfTheScheme() {
        for (String scheme : new String[] {"Bearer", "bearer", "BEARER", "bEaReR"}) {
            assertThat(BearerCredentials.fromAuthorizationHeader(scheme + " " + JWT)).as(scheme).contains(JWT);
        }
        assertThat(BearerCredentials.fromAuthorizationHeader("  Bearer \t " + JWT + "  ")).contains(JWT);
        assertThat(BearerCredentials.fromAuthorizationHeader("Bearer abc-_.~+/xyz==")).contains("abc-_.~+/xyz==");
    }

    @Test
    void noHeaderIsNoCredentials() {
        assertThat(BearerCredentials.fromAuthorizationHeader(null)).isEmpty();
        assertThat(BearerCredentials.fromAuthorizationHeader("  ")).isEmpty();
    }

    @Test
    void refusesAnotherSchemeAsNoBearerToken() {
        assertThatThrownBy(() -> BearerCredentials.fromAuthorizationHeader("Basic dXNlcjpwYXNz"))
                .isInstanceOfSatisfying(InvalidTokenException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.NO_BEARER_TOKEN))
                .hasMessageContaining("the Basic scheme");
        assertThatThrownBy(() -> BearerCredentials.fromAuthorizationHeader("Bearer: " + JWT))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("scheme");
        assertThatThrownBy(() -> BearerCredentials.fromAuthorizationHeader(JWT))
                .as("a bare token is not an Authorization header").isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> BearerCredentials.fromAuthorizationHeader("Bearer\"<script> x"))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("an unknown scheme");
    }

    @Test
    void refusesAnEmptyAnOverlongOrAMalformedToken() {
        for (String header : new String[] {"Bearer", "Bearer ", "bearer    "}) {
            assertInvalid(header, "empty");
        }
        assertInvalid("Bearer " + "a".repeat(BearerCredentials.MAX_TOKEN_LENGTH + 1), "longer than 8192");
        String longest = "a".repeat(BearerCredentials.MAX_TOKEN_LENGTH);
        assertThat(BearerCredentials.fromAuthorizationHeader("Bearer " + longest)).contains(longest);
        assertInvalid("Bearer two tokens", "characters");
        assertInvalid("Bearer a\"b", "characters");
        assertInvalid("Bearer =abc", "characters");
    }

    @Test
    void aMessagePropertyMayAlsoCarryTheBareToken() {
        assertThat(BearerCredentials.fromMessageProperty(JWT)).contains(JWT);
        assertThat(BearerCredentials.fromMessageProperty("bearer " + JWT)).contains(JWT);
        assertThat(BearerCredentials.fromMessageProperty(null)).isEmpty();
        assertThatThrownBy(() -> BearerCredentials.fromMessageProperty("Bearer")).isInstanceOf(
                InvalidTokenException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> BearerCredentials.fromMessageProperty("Basic dXNlcjpwYXNz"))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("Basic");
    }

    private static void assertInvalid(String header, String why) {
        assertThatThrownBy(() -> BearerCredentials.fromAuthorizationHeader(header)).as(header)
                .isInstanceOfSatisfying(InvalidTokenException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_TOKEN))
                .hasMessageContaining(why);
    }
}
