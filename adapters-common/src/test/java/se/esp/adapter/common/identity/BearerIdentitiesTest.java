package se.esp.adapter.common.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.esp.adapter.common.testing.TestIdentityProvider;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;

/** The claims of a verified token read as the acting user ({@link CallerClaims}), through the whole identification. */
class BearerIdentitiesTest {

    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private final TestIdentityProvider provider = new TestIdentityProvider();
    private final BearerIdentities identities = provider.identities();

    @Test
    void readsTheSubjectTheOrganisationAndTheKnownGroups() {
        ActingUser user = identities.fromAuthorizationHeader("Bearer " + provider.claims("case-officer-7")
                .organisation(OLOFSTROM.toString()).groups("consumer_staff", "some-idp-group", "Coordinator").sign())
                .orElseThrow();

        assertThat(user).isEqualTo(new ActingUser("case-officer-7", OLOFSTROM,
                EnumSet.of(UserRole.CONSUMER_STAFF, UserRole.COORDINATOR)));
    }

    @Test
    void readsGroupsCaseInsensitivelyWithHyphensForUnderscores() {
        ActingUser user = identities.fromToken(provider.claims("u").groups("platform-administrator",
                "RESOURCE-person", " supplier_staff ").sign());

        assertThat(user.roles()).containsExactlyInAnyOrder(UserRole.PLATFORM_ADMINISTRATOR, UserRole.RESOURCE_PERSON,
                UserRole.SUPPLIER_STAFF);
    }

    @Test
    void grantsNoRoleForGroupsThatAreNotAListOfNames() {
        assertThat(identities.fromToken(provider.claims("u").claim("groups", "PLATFORM_ADMINISTRATOR").sign())
                .roles()).isEmpty();
        assertThat(identities.fromToken(provider.claims("u").claim("groups", List.of(1, true)).sign()).roles())
                .isEmpty();
        assertThat(identities.fromToken(provider.claims("u").sign()).roles()).isEmpty();
    }

    @Test
    void takesUpnWhenThereIsNoSubject() {
        assertThat(identities.fromToken(provider.claims(null).claim("upn", "someone@olofstrom.se").sign()).userId())
                .isEqualTo("someone@olofstrom.se");
        assertThat(identities.fromToken(provider.claims("subject").claim("upn", "upn").sign()).userId())
                .isEqualTo("subject");
    }

    @Test
    void refusesATokenNamingNoUser() {
        assertThatThrownBy(() -> identities.fromToken(provider.claims(null).sign()))
                .isInstanceOf(InvalidTokenException.class).hasMessage("the bearer token names no user (sub or upn)");
        assertThatThrownBy(() -> identities.fromToken(provider.claims(" ").sign()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("names no user");
    }

    @Test
    void refusesAMalformedOrganisation() {
        for (Object malformed : new Object[] {"not-a-uuid", 42, List.of(OLOFSTROM.toString())}) {
            assertThatThrownBy(() -> identities.fromToken(provider.claims("u").claim("org_id", malformed).sign()))
                    .as("org_id %s", malformed).isInstanceOf(InvalidTokenException.class)
                    .hasMessage("the bearer token's org_id claim is not an organisation id");
        }
    }

    @Test
    void aPlatformLevelUserHasNoOrganisation() {
        assertThat(identities.fromToken(provider.claims("admin").groups("PLATFORM_ADMINISTRATOR").sign())
                .organisationId()).isNull();
        assertThat(identities.fromToken(provider.claims("admin").organisation("  ").sign()).organisationId()).isNull();
    }

    @Test
    void noCredentialsAreAnonymousAndOtherCredentialsAreRefused() {
        assertThat(identities.fromAuthorizationHeader(null)).isEmpty();
        assertThat(identities.fromMessageProperty(null)).isEmpty();
        assertThatThrownBy(() -> identities.fromAuthorizationHeader("Basic dXNlcjpwYXNz"))
                .isInstanceOf(InvalidTokenException.class);
        String token = provider.claims("u").sign();
        assertThat(identities.fromAuthorizationHeader("bearer " + token)).map(ActingUser::userId).contains("u");
        assertThat(identities.fromMessageProperty(token)).map(ActingUser::userId).contains("u");
    }
}
