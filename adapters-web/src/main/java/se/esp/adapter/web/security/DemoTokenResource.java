package se.esp.adapter.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.web.json.JsonRequest;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * DEMO RUN ONLY: {@code GET} lists the demo identities, {@code POST {"user": "malmo-consumer"}} returns a bearer
 * token for one. When demo identities are off (always in production) both answer 404, as if absent.
 */
@Path("/demo/tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@PublicEndpoint
@Tag(name = "Demo sign-in", description = "Tokens for the demo identities; exists only on the demo run")
public class DemoTokenResource {

    private DemoTokenIssuer issuer;

    /** For the container's proxies only. */
    protected DemoTokenResource() {
    }

    @Inject
    public DemoTokenResource(DemoTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @GET
    @Operation(summary = "The demo identities (demo run only)")
    public Response identities() {
        requireEnabled();
        JsonArrayBuilder users = Json.createArrayBuilder();
        issuer.identities().forEach(identity -> {
            JsonArrayBuilder roles = Json.createArrayBuilder();
            identity.roles().stream().map(Enum::name).sorted().forEach(roles::add);
            users.add(Json.createObjectBuilder()
                    .add("user", identity.username())
                    .add("name", identity.displayName())
                    .add("organisationNumber", identity.organisationNumber())
                    .add("organisationName", identity.organisationName())
                    .add("roles", roles));
        });
        return Response.ok(Json.createObjectBuilder().add("items", users).build().toString()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A bearer token for one demo identity (demo run only)")
    public Response token(String body) {
        requireEnabled();
        JsonRequest request = JsonRequest.parse(body);
        String user = request.requiredString("user");
        request.throwIfInvalid();
        DemoTokenIssuer.IssuedToken token = issuer.issue(user).orElseThrow(() -> ValidationException.of("user",
                ViolationCode.UNKNOWN_VALUE, "'" + user + "' is not a demo user; GET /api/demo/tokens lists them"));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Json.createObjectBuilder()
                        .add("access_token", token.token())
                        .add("token_type", "Bearer")
                        .add("expires_in", token.expiresInSeconds())
                        .build().toString())
                .cacheControl(noStore)
                .build();
    }

    private void requireEnabled() {
        if (!issuer.enabled()) {
            throw new NotFoundException("demo identities are off on this server");
        }
    }
}
