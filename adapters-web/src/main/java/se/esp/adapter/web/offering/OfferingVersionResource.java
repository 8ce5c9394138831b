package se.esp.adapter.web.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.web.offering.OfferingModels.VersionView;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.port.in.offering.FindOfferingsQuery;

/** An offering version by its id alone: what an application refers to, readable for good. */
@Path("/offering-versions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offerings")
public class OfferingVersionResource {

    private FindOfferingsQuery find;
    private CurrentUser currentUser;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public OfferingVersionResource() {
    }

    @Inject
    public OfferingVersionResource(FindOfferingsQuery find, CurrentUser currentUser) {
        this.find = find;
        this.currentUser = currentUser;
    }

    @GET
    @Path("{versionId}")
    @Operation(summary = "One offering version exactly as approved, whatever happened to the offering since")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    public Response get(@PathParam("versionId") String versionId) {
        return Response.ok(VersionView.of(find.version(currentUser.actingUser(),
                OfferingResource.versionId(versionId)))).build();
    }
}
