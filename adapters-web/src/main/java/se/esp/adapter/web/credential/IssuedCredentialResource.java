package se.esp.adapter.web.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.credential.CredentialModels.CredentialPage;
import se.esp.adapter.web.credential.CredentialModels.CredentialView;
import se.esp.adapter.web.credential.CredentialModels.RevocationView;
import se.esp.adapter.web.credential.CredentialModels.RevokeRequest;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.PageRequest;
import se.esp.application.security.ActingUser;
import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.port.in.credential.IssuedCredentialQueries;
import se.esp.application.port.in.credential.RevokeCredential;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.domain.credential.CredentialDefinitionVersion;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.credential.CredentialRevocation;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Violations;

/** Credentials issued when deliveries completed, as the caller may see them. */
@Path("/credentials")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Issued credentials", description = "Micro-credentials participants earned by completing deliveries")
public class IssuedCredentialResource {

    /** The media type of a credential secured as a VC-JWT (VC-JOSE-COSE). */
    public static final String VC_JWT = "application/vc+jwt";

    private IssuedCredentialQueries credentials;
    private CredentialDefinitionUseCases definitions;
    private CredentialIssuer issuer;
    private RevokeCredential revocation;
    private CurrentUser currentUser;

    /** For the container's proxies only. */
    public IssuedCredentialResource() {
    }

    @Inject
    public IssuedCredentialResource(IssuedCredentialQueries credentials, CredentialDefinitionUseCases definitions,
                                    CredentialIssuer issuer, RevokeCredential revocation,
                                    CurrentUser currentUser) {
        this.credentials = credentials;
        this.definitions = definitions;
        this.issuer = issuer;
        this.revocation = revocation;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "List credentials, newest first: all for administrators, those of the own organisation's "
            + "deliveries for supplier staff, those of the own organisation's participants for consumer staff")
    @APIResponse(responseCode = "200", description = "One page of credentials",
            content = @Content(schema = @Schema(implementation = CredentialPage.class)))
    public Response list(@QueryParam("participantId") String participantId,
                         @QueryParam("deliveryId") String deliveryId,
                         @QueryParam("consumerId") String consumerId,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations violations = new Violations();
        PageRequest pageRequest = Parameters.page(violations, page, size);
        ParticipantId participant = Parameters.queryId(violations, "participantId", participantId,
                ParticipantId::parse);
        DeliveryId delivery = Parameters.queryId(violations, "deliveryId", deliveryId, DeliveryId::parse);
        OrganisationId consumer = Parameters.queryId(violations, "consumerId", consumerId, OrganisationId::parse);
        violations.throwIfAny();
        IssuedCredentials.Filter filter = new IssuedCredentials.Filter(null, consumer, participant, delivery);
        return Response.ok(CredentialPage.of(credentials.list(currentUser.actingUser(), filter, pageRequest)))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one credential")
    @APIResponse(responseCode = "200", description = "The credential",
            content = @Content(schema = @Schema(implementation = CredentialView.class)))
    public Response get(@PathParam("id") String id) {
        return Response.ok(CredentialView.of(credentials.get(currentUser.actingUser(), credentialId(id)))).build();
    }

    @GET
    @Path("{id}/open-badge")
    @Produces(VC_JWT)
    @Operation(summary = "Export one credential as an Open Badges 3.0 OpenBadgeCredential signed as a VC-JWT with "
            + "the owner's key (whoever may read the credential may export it)")
    @APIResponse(responseCode = "200", description = "The compact JWS (RS256); its payload is the credential",
            content = @Content(mediaType = VC_JWT, schema = @Schema(type = SchemaType.STRING)))
    public Response openBadge(@PathParam("id") String id, @QueryParam("language") String language,
                              @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        IssuedCredential credential = credentials.get(actor, credentialId(id));
        CredentialDefinitionVersion version = definitions.get(actor, credential.definitionId())
                .version(credential.definitionVersion())
                .orElseThrow(() -> new IllegalStateException("credential " + credential.id()
                        + " names a definition version that does not exist"));
        LanguageCode in = language == null || language.isBlank() ? LanguageCode.SWEDISH : LanguageCode.of(language);
        return Response.ok(issuer.export(credential, version, issuer.base(uri.getBaseUri()), in), VC_JWT)
                .header("Content-Disposition", "attachment; filename=\"credential-" + credential.id() + ".jwt\"")
                .build();
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a credential, with a reason its verifiers are told (administrators; the delivering "
            + "supplier's staff); from then on it verifies as revoked")
    @APIResponse(responseCode = "200", description = "The revocation",
            content = @Content(schema = @Schema(implementation = RevocationView.class)))
    public Response revoke(@PathParam("id") String id,
                           @RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = RevokeRequest.class))) String body) {
        CredentialId credentialId = credentialId(id);
        String reason = JsonBinder.bind(body, RevokeRequest.class).throwIfInvalid().reason();
        CredentialRevocation revoked = revocation.revoke(currentUser.actingUser(), credentialId, reason);
        return Response.ok(RevocationView.of(revoked)).build();
    }

    private static CredentialId credentialId(String id) {
        return Parameters.pathId(id, CredentialId::parse, ErrorCode.CREDENTIAL_NOT_FOUND, "credential");
    }
}
