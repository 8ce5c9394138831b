package se.esp.adapter.web.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.offering.OfferingModels.OfferingView;
import se.esp.adapter.web.offering.OfferingModels.ReasonRequest;
import se.esp.adapter.web.offering.OfferingModels.VersionView;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.offering.ManageOfferingUseCase;
import se.esp.application.port.in.offering.OfferingChange;
import se.esp.application.port.in.offering.OfferingVersionView;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;

/** Offerings with their versions; suspension, resumption and retirement are POSTs with If-Match. */
@Path("/offerings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offerings", description = "Published, quality-assured services and every version they had")
public class OfferingResource {

    private FindOfferingsQuery find;
    private ManageOfferingUseCase manage;
    private CurrentUser currentUser;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public OfferingResource() {
    }

    @Inject
    public OfferingResource(FindOfferingsQuery find, ManageOfferingUseCase manage, CurrentUser currentUser) {
        this.find = find;
        this.manage = manage;
        this.currentUser = currentUser;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An offering: its status, current version and every earlier version")
    @APIResponse(responseCode = "200", description = "The offering; ETag is its version",
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public Response get(@PathParam("id") String id) {
        return withVersion(find.get(currentUser.actingUser(), offeringId(id)));
    }

    @GET
    @Path("{id}/versions/{versionId}")
    @Operation(summary = "One version of the offering exactly as it was approved")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    public Response version(@PathParam("id") String id, @PathParam("versionId") String versionId) {
        OfferingId offering = offeringId(id);
        OfferingVersionView view = find.version(currentUser.actingUser(), versionId(versionId));
        if (!view.offering().id().equals(offering)) {
            throw new DomainException(ErrorCode.OFFERING_VERSION_NOT_FOUND,
                    "offering " + id + " has no version " + versionId);
        }
        return Response.ok(VersionView.of(view)).build();
    }

    @POST
    @Path("{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an offering out of the catalogue for a while"
            + " (its supplier's staff, platform administrators)")
    @APIResponse(responseCode = "200", description = "Suspended; ETag is the new version",
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public Response suspend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @RequestBody(required = true, content = @Content(schema = @Schema(
                                    implementation = ReasonRequest.class))) String body) {
        return withVersion(manage.suspend(currentUser.actingUser(), change(id, ifMatch, body, true)));
    }

    @POST
    @Path("{id}/resumption")
    @Operation(summary = "Put a suspended offering back in the catalogue"
            + " (its supplier's staff, platform administrators)")
    @APIResponse(responseCode = "200", description = "On offer again; ETag is the new version",
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public Response resume(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withVersion(manage.resume(currentUser.actingUser(), change(id, ifMatch, null, false)));
    }

    @POST
    @Path("{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw an offering for good; its versions stay readable"
            + " (its supplier's staff, platform administrators)")
    @APIResponse(responseCode = "200", description = "Retired; ETag is the new version",
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public Response retire(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = ReasonRequest.class))) String body) {
        return withVersion(manage.retire(currentUser.actingUser(), change(id, ifMatch, body, true)));
    }

    private static OfferingChange change(String id, String ifMatch, String body, boolean needsReason) {
        OfferingId offering = offeringId(id);
        long version = Parameters.version(ifMatch);
        String reason = null;
        if (needsReason) {
            reason = JsonBinder.bind(body, ReasonRequest.class).throwIfInvalid().reason();
        }
        return new OfferingChange(offering, version, reason);
    }

    static OfferingId offeringId(String id) {
        return Parameters.pathId(id, OfferingId::parse, ErrorCode.OFFERING_NOT_FOUND, "offering");
    }

    static OfferingVersionId versionId(String id) {
        return Parameters.pathId(id, OfferingVersionId::parse, ErrorCode.OFFERING_VERSION_NOT_FOUND,
                "offering version");
    }

    private static Response withVersion(Offering offering) {
        return Response.ok(OfferingView.of(offering), MediaType.APPLICATION_JSON)
                .tag(new EntityTag(Long.toString(offering.version()))).build();
    }
}
