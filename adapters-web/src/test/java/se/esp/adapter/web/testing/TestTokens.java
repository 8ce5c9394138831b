package se.esp.adapter.web.testing;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.jwt.JsonWebToken;

import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;

/**
 * Bearer tokens for tests without an application server. On Open Liberty, MicroProfile JWT verifies the signed
 * token and puts a {@link JsonWebToken} into the security context; here {@link #authentication()} does the
 * same for {@code Bearer test.<base64url of the claims>}, so everything after it — claim mapping, 401 and the
 * use cases' decisions — is the production code.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** The {@code Authorization} header value for a user with these claims. */
    public static String bearer(ActingUser user) {
        JsonObjectBuilder claims = Json.createObjectBuilder().add("sub", user.userId());
        if (user.organisationId() != null) {
            claims.add("org_id", user.organisationId().toString());
        }
        JsonArrayBuilder groups = Json.createArrayBuilder();
        user.roles().stream().map(UserRole::name).forEach(groups::add);
        claims.add("groups", groups);
        return bearer(claims.build());
    }

    public static String bearer(JsonObject claims) {
        return "Bearer test." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Stands in for the server's token verification. */
    public static ContainerRequestFilter authentication() {
        return new Authentication();
    }

    @PreMatching
    @Priority(Priorities.AUTHENTICATION - 200)
    private static final class Authentication implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            String header = request.getHeaderString("Authorization");
            if (header == null || !header.startsWith("Bearer test.")) {
                return;
            }
            String json = new String(Base64.getUrlDecoder().decode(header.substring("Bearer test.".length())),
                    StandardCharsets.UTF_8);
            Token token = new Token(Json.createReader(new StringReader(json)).readObject());
            request.setSecurityContext(new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return token;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return token.getGroups().contains(role);
                }

                @Override
                public boolean isSecure() {
                    return false;
                }

                @Override
                public String getAuthenticationScheme() {
                    return "MP-JWT";
                }
            });
        }
    }

    private record Token(JsonObject claims) implements JsonWebToken {

        @Override
        public String getName() {
            return claims.getString("upn", claims.getString("sub", null));
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        public Set<String> getGroups() {
            Set<String> groups = new HashSet<>();
            if (claims.containsKey("groups")) {
                claims.getJsonArray("groups").getValuesAs(JsonString.class).forEach(g -> groups.add(g.getString()));
            }
            return groups;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            JsonValue value = claims.get(name);
            if (value instanceof JsonString string) {
                return (T) string.getString();
            }
            return (T) value;
        }
    }
}
