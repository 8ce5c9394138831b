package se.esp.adapter.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.security.DemoTokenModels.IdentitiesView;
import se.esp.adapter.web.security.DemoTokenModels.TokenRequest;
import se.esp.adapter.web.security.DemoTokenModels.TokenView;
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
// no token needed: the document says so with an empty security requirement
@SecurityRequirements
@Tag(name = "Demo sign-in", description = "Tokens for the demo identities; exists only on the demo run")
public class DemoTokenResource {

    private DemoTokenIssuer issuer;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public DemoTokenResource() {
    }

    @Inject
    public DemoTokenResource(DemoTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @GET
    @Operation(summary = "The demo identities (demo run only)")
    @APIResponse(responseCode = "200", description = "Every demo identity",
            content = @Content(schema = @Schema(implementation = IdentitiesView.class)))
    public Response identities() {
        requireEnabled();
        return Response.ok(IdentitiesView.of(issuer.identities())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A bearer token for one demo identity (demo run only)")
    @APIResponse(responseCode = "200", description = "A bearer token; not to be stored (Cache-Control: no-store)",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    public Response token(@RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = TokenRequest.class))) String body) {
        requireEnabled();
        String user = JsonBinder.bind(body, TokenRequest.class).throwIfInvalid().user();
        DemoTokenIssuer.IssuedToken token = issuer.issue(user).orElseThrow(() -> ValidationException.of("user",
                ViolationCode.UNKNOWN_VALUE, "'" + user + "' is not a demo user; GET /api/demo/tokens lists them"));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(TokenView.of(token))
                .cacheControl(noStore)
                .build();
    }

    private void requireEnabled() {
        if (!issuer.enabled()) {
            throw new NotFoundException("demo identities are off on this server");
        }
    }
}
