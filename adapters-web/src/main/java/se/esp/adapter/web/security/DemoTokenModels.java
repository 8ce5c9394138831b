package se.esp.adapter.web.security;

import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.application.security.UserRole;

/**
 * The demo token endpoint's request and response models: what the JSON binding reads and writes and what the OpenAPI
 * document describes, from the same records. Only the bodies; how tokens are issued is {@link DemoTokenIssuer}'s.
 */
final class DemoTokenModels {

    private DemoTokenModels() {
    }

    @Schema(name = "DemoTokenRequest", description = "Which demo identity to sign in as",
            additionalProperties = Schema.False.class)
    record TokenRequest(
            @Schema(required = true, maxLength = 100, example = "malmo-consumer",
                    description = "A demo user, as GET /api/demo/tokens lists them")
            String user) {
    }

    @Schema(name = "DemoIdentities", description = "The demo identities one may sign in as",
            additionalProperties = Schema.False.class)
    record IdentitiesView(
            @Schema(required = true) List<IdentityView> items) {

        static IdentitiesView of(List<DemoTokenIssuer.DemoIdentity> identities) {
            return new IdentitiesView(identities.stream().map(IdentityView::of).toList());
        }
    }

    @Schema(name = "DemoIdentity", description = "A fictitious person of a demo organisation with its roles",
            additionalProperties = Schema.False.class)
    record IdentityView(
            @Schema(required = true, example = "malmo-consumer", description = "What to send as user") String user,
            @Schema(required = true, example = "Mohammed Handläggare (Malmö)") String name,
            @Schema(required = true, example = "212000-1124") String organisationNumber,
            @Schema(required = true, example = "Malmö stad") String organisationName,
            @Schema(required = true, description = "By name") List<UserRole> roles) {

        static IdentityView of(DemoTokenIssuer.DemoIdentity identity) {
            return new IdentityView(identity.username(), identity.displayName(), identity.organisationNumber(),
                    identity.organisationName(),
                    identity.roles().stream().sorted(Comparator.comparing(Enum::name)).toList());
        }
    }

    @Schema(name = "DemoToken", description = "A bearer token (OAuth 2.0 token response fields), to send as "
            + "Authorization: Bearer <access_token>", additionalProperties = Schema.False.class)
    record TokenView(
            @Schema(required = true, description = "A signed JWT") String access_token,
            @Schema(required = true, enumeration = "Bearer", example = "Bearer") String token_type,
            @Schema(required = true, minimum = "0", example = "28800", description = "Seconds until it expires")
            long expires_in) {

        static TokenView of(DemoTokenIssuer.IssuedToken token) {
            return new TokenView(token.token(), "Bearer", token.expiresInSeconds());
        }
    }
}
