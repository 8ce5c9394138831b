package se.esp.adapter.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

import se.esp.adapter.common.identity.InvalidTokenException;
import se.esp.adapter.common.testing.TestIdentityProvider;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;

class ProviderSignInTest {

    private final TestIdentityProvider provider = new TestIdentityProvider();
    private final String organisation = UUID.randomUUID().toString();

    @Test
    void readsTheIdTokensClaimsAsTheApiReadsABearerTokenWithTheSameClaims() throws ParseException {
        String token = provider.claims("idp|4711").organisation(organisation)
                .groups("coordinator", "SUPPLIER-STAFF", "all-staff").claim("name", "Astrid Förvaltare").sign();

        ConsoleSignIn.SignedIn console = ProviderSignIn.signedIn(JWTParser.parse(token).getJWTClaimsSet());
        ActingUser api = provider.identities().fromToken(token);

        assertThat(console.user()).isEqualTo(api);
        assertThat(console.user()).isEqualTo(new ActingUser("idp|4711", OrganisationId.parse(organisation),
                EnumSet.of(UserRole.COORDINATOR, UserRole.SUPPLIER_STAFF)));
        assertThat(console.displayName()).isEqualTo("Astrid Förvaltare");
    }

    @Test
    void aPlatformUserWithoutAnOrganisationActsForNone() {
        ConsoleSignIn.SignedIn signedIn = ProviderSignIn.signedIn(new JWTClaimsSet.Builder().subject("idp|1")
                .claim("groups", java.util.List.of("PLATFORM_ADMINISTRATOR")).build());

        assertThat(signedIn.user().organisationId()).isNull();
        assertThat(signedIn.user().roles()).containsExactly(UserRole.PLATFORM_ADMINISTRATOR);
    }

    @Test
    void namesTheUserByTheirPreferredUserNameOrIdWhenTheTokenHasNoName() {
        assertThat(ProviderSignIn.signedIn(new JWTClaimsSet.Builder().subject("idp|2")
                .claim("preferred_username", "astrid").build()).displayName()).isEqualTo("astrid");
        assertThat(ProviderSignIn.signedIn(new JWTClaimsSet.Builder().claim("upn", "astrid@kommun.example")
                .build()).displayName()).isEqualTo("astrid@kommun.example");
    }

    @Test
    void refusesClaimsTheApiWouldRefuse() {
        assertThatThrownBy(() -> ProviderSignIn.signedIn(new JWTClaimsSet.Builder().claim("name", "Nobody")
                .build())).isInstanceOf(InvalidTokenException.class).hasMessageContaining("names no user");
        assertThatThrownBy(() -> ProviderSignIn.signedIn(new JWTClaimsSet.Builder().subject("idp|3")
                .claim("org_id", "Ronneby").build())).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("org_id");
    }
}
