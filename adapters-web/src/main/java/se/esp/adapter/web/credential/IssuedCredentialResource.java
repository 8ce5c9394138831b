package se.esp.adapter.web.credential;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.esp.adapter.web.credential.CredentialModels.CredentialPage;
import se.esp.adapter.web.credential.CredentialModels.CredentialView;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.credential.IssuedCredentialQueries;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.domain.credential.CredentialId;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/** Credentials issued when deliveries completed, as the caller may see them. */
@Path("/credentials")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Issued credentials", description = "Micro-credentials participants earned by completing deliveries")
public class IssuedCredentialResource {

    private IssuedCredentialQueries credentials;
    private CurrentUser currentUser;

    /** For the container's proxies only. */
    public IssuedCredentialResource() {
    }

    @Inject
    public IssuedCredentialResource(IssuedCredentialQueries credentials, CurrentUser currentUser) {
        this.credentials = credentials;
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
        UUID participant = uuid(violations, "participantId", participantId);
        UUID delivery = uuid(violations, "deliveryId", deliveryId);
        UUID consumer = uuid(violations, "consumerId", consumerId);
        violations.throwIfAny();
        IssuedCredentials.Filter filter = new IssuedCredentials.Filter(null,
                consumer == null ? null : new OrganisationId(consumer),
                participant == null ? null : new ParticipantId(participant),
                delivery == null ? null : new DeliveryId(delivery));
        return Response.ok(CredentialPage.of(credentials.list(currentUser.actingUser(), filter, pageRequest)))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one credential")
    @APIResponse(responseCode = "200", description = "The credential",
            content = @Content(schema = @Schema(implementation = CredentialView.class)))
    public Response get(@PathParam("id") String id) {
        CredentialId credentialId;
        try {
            credentialId = CredentialId.parse(id);
        } catch (ValidationException e) {
            throw new DomainException(ErrorCode.CREDENTIAL_NOT_FOUND, "no credential with id " + id);
        }
        return Response.ok(CredentialView.of(credentials.get(currentUser.actingUser(), credentialId))).build();
    }

    private static UUID uuid(Violations violations, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            violations.add(field, ViolationCode.INVALID_FORMAT, "is not an id");
            return null;
        }
    }
}
