package se.esp.adapter.web.participant;

import java.net.URI;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.common.participant.PersonalDataMapping;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.participant.ParticipantModels.ChangeRequest;
import se.esp.adapter.web.participant.ParticipantModels.ParticipantExportView;
import se.esp.adapter.web.participant.ParticipantModels.ParticipantView;
import se.esp.adapter.web.participant.ParticipantModels.RegisterRequest;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.port.in.participant.ChangeParticipantCommand;
import se.esp.application.port.in.participant.ChangeParticipantUseCase;
import se.esp.application.port.in.participant.ExportParticipantQuery;
import se.esp.application.port.in.participant.GetParticipantQuery;
import se.esp.application.port.in.participant.RegisterParticipantCommand;
import se.esp.application.port.in.participant.RegisterParticipantUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ErrorCode;

/**
 * Participants over HTTP. Every response carrying personal data says {@code Cache-Control: no-store}; who may
 * see what is decided by the use cases, which also write the audit log.
 */
@Path("/participants")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "Residents applied for; personal data, every access audit-logged")
public class ParticipantResource {

    private RegisterParticipantUseCase register;
    private ChangeParticipantUseCase change;
    private GetParticipantQuery get;
    private ExportParticipantQuery export;
    private CurrentUser currentUser;
    private Clock clock;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public ParticipantResource() {
    }

    @Inject
    public ParticipantResource(RegisterParticipantUseCase register, ChangeParticipantUseCase change,
                               GetParticipantQuery get, ExportParticipantQuery export, CurrentUser currentUser,
                               Clock clock) {
        this.register = register;
        this.change = change;
        this.get = get;
        this.export = export;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a participant of your organisation (consumer staff)")
    @APIResponse(responseCode = "201", description = "Registered; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response register(@RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = RegisterRequest.class))) String body, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        BoundRequest<RegisterRequest> request = JsonBinder.bind(body, RegisterRequest.class);
        RegisterRequest sent = request.value();
        boolean formRequiresNumber = Boolean.TRUE.equals(sent.formRequiresIdentityNumber());
        ParticipantDetails details = PersonalDataMapping.details(request, "", sent);
        request.throwIfInvalid();
        Participant registered = register.register(actor, new RegisterParticipantCommand(details,
                formRequiresNumber));
        URI location = uri.getAbsolutePathBuilder().path(registered.id().toString()).build();
        return withVersion(Response.created(location), registered).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a participant (the applying consumer; with deliveries, the supplier and resources)")
    @APIResponse(responseCode = "200", description = "The participant; ETag is its version",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response get(@PathParam("id") String id) {
        Participant participant = get.get(currentUser.actingUser(), participantId(id));
        return withVersion(Response.ok(), participant).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a participant's personal data (consumer staff; If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = ChangeRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        ParticipantId participantId = participantId(id);
        long version = Parameters.version(ifMatch);
        BoundRequest<ChangeRequest> request = JsonBinder.bind(body, ChangeRequest.class, ChangeRequest.READ_ONLY);
        ParticipantDetails details = PersonalDataMapping.details(request, "", request.value());
        request.throwIfInvalid();
        Participant changed = change.change(actor, new ChangeParticipantCommand(participantId, version, details));
        return withVersion(Response.ok(), changed).build();
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "Everything held about a participant and who accessed it, as JSON (consumer staff)")
    @APIResponse(responseCode = "200", description = "The export, as an attachment",
            content = @Content(schema = @Schema(implementation = ParticipantExportView.class)))
    public Response export(@PathParam("id") String id) {
        var exported = export.export(currentUser.actingUser(), participantId(id));
        return Response.ok(ParticipantExportView.of(exported, clock))
                .type(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"participant-" + exported.participant().id()
                        + ".json\"")
                .cacheControl(noStore())
                .build();
    }

    private static ParticipantId participantId(String id) {
        return Parameters.pathId(id, ParticipantId::parse, ErrorCode.PARTICIPANT_NOT_FOUND, "participant");
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return noStore;
    }

    private Response.ResponseBuilder withVersion(Response.ResponseBuilder response, Participant participant) {
        return response.tag(new EntityTag(Long.toString(participant.version())))
                .type(MediaType.APPLICATION_JSON)
                .cacheControl(noStore())
                .entity(ParticipantView.of(participant, clock));
    }
}
