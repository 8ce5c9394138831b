package se.esp.adapter.web.application;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import se.esp.adapter.common.application.SubmitApplicationMapping;
import se.esp.adapter.common.application.SubmitApplicationRequest;
import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.application.ApplicationModels.ApplicationPage;
import se.esp.adapter.web.application.ApplicationModels.ApplicationView;
import se.esp.adapter.web.application.ApplicationModels.CancelRequest;
import se.esp.adapter.web.application.ApplicationModels.RejectRequest;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicationChange;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.in.application.ChangeApplicationUseCase;
import se.esp.application.port.in.application.GetApplicationQuery;
import se.esp.application.port.in.application.ListApplicationsQuery;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Applications over HTTP. A submission names the exact offering version; with an {@code Idempotency-Key} header, a
 * retry answers {@code 200} with the application the first attempt created ({@code 201}). Invalid answers to the
 * form and failed eligibility rules are {@code 400} problem+json naming each field
 * ({@code participants[1].answers.level}). The answer after a submission carries matching's decision under
 * {@code match}, or, on a server that matches in the background ({@code ESP_MATCHING_ANSWER=pending}), says
 * {@code RECEIVED}: the decision follows and reading the application shows it. Lifecycle steps are POST sub-resources with {@code If-Match}. Responses concern participants, so
 * they are never cached.
 */
@Path("/applications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applications for participants to an exact offering version, matched "
        + "automatically")
public class ApplicationResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private SubmitApplicationUseCase submit;
    private GetApplicationQuery get;
    private ListApplicationsQuery list;
    private ChangeApplicationUseCase change;
    private CurrentUser currentUser;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public ApplicationResource() {
    }

    @Inject
    public ApplicationResource(SubmitApplicationUseCase submit, GetApplicationQuery get, ListApplicationsQuery list,
                               ChangeApplicationUseCase change, CurrentUser currentUser) {
        this.submit = submit;
        this.get = get;
        this.list = list;
        this.change = change;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply for participants of your organisation to an exact offering version (consumer staff); "
            + "send an Idempotency-Key so a retry creates nothing twice")
    @APIResponse(responseCode = "201", description = "Submitted and already matched or waitlisted (see match); on a "
            + "server that matches in the background, RECEIVED, and reading it (Location) shows the decision once "
            + "made. Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "200", description = "A retry with the Idempotency-Key of an earlier submission: the "
            + "application that one created",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response submit(@RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = SubmitApplicationRequest.class))) String body,
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        BoundRequest<SubmitApplicationRequest> request = JsonBinder.bind(body, SubmitApplicationRequest.class);
        SubmitApplicationCommand command = SubmitApplicationMapping.command(request, idempotencyKey);
        SubmitApplicationUseCase.Submitted submitted = submit.submit(actor, command);
        Application application = submitted.application();
        URI location = uri.getAbsolutePathBuilder().path(application.id().toString()).build();
        Response.ResponseBuilder response = submitted.created() ? Response.created(location)
                : Response.ok().location(location);
        return withVersion(response, application).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an application with matching's decision and its explanation (the applying consumer's "
            + "staff, the supplier's staff)")
    @APIResponse(responseCode = "200", description = "The application; ETag is its version",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response get(@PathParam("id") String id) {
        return withVersion(Response.ok(), get.get(currentUser.actingUser(), applicationId(id))).build();
    }

    @GET
    @Operation(summary = "List your organisation's applications (consumer staff) or those to your offerings "
            + "(supplier staff), newest first, optionally by status")
    @APIResponse(responseCode = "200", description = "One page of applications, newest first",
            content = @Content(schema = @Schema(implementation = ApplicationPage.class)))
    public Response list(@QueryParam("status") String status, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        Violations violations = new Violations();
        ApplicationStatus statusFilter = Parameters.enumFilter(violations, "status", status, ApplicationStatus.class);
        PageRequest pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();
        var result = list.list(currentUser.actingUser(), ApplicationFilter.byStatus(statusFilter), pageRequest);
        return Response.ok(ApplicationPage.of(result)).type(MediaType.APPLICATION_JSON).cacheControl(noStore())
                .build();
    }

    @POST
    @Path("{id}/confirmation")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Accept the placement (consumer staff; If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Confirmed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response confirm(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ApplicationChange command = new ApplicationChange(applicationId(id), Parameters.version(ifMatch), null);
        return withVersion(Response.ok(), change.confirm(currentUser.actingUser(), command)).build();
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Withdraw the application before its delivery starts, optionally saying why (consumer "
            + "staff; If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = CancelRequest.class))) String body) {
        ApplicationId applicationId = applicationId(id);
        long version = Parameters.version(ifMatch);
        String reason = null;
        if (body != null && !body.isBlank()) {
            BoundRequest<CancelRequest> request = JsonBinder.bind(body, CancelRequest.class);
            reason = request.throwIfInvalid().reason();
        }
        return withVersion(Response.ok(), change.cancel(currentUser.actingUser(),
                new ApplicationChange(applicationId, version, reason))).build();
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject the application as not eligible, saying why (supplier staff of the offering; "
            + "If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Rejected; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response reject(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = RejectRequest.class))) String body) {
        ApplicationId applicationId = applicationId(id);
        long version = Parameters.version(ifMatch);
        if (body == null || body.isBlank()) {
            throw ValidationException.of("reason", ViolationCode.REQUIRED, "is required");
        }
        String reason = JsonBinder.bind(body, RejectRequest.class).throwIfInvalid().reason();
        return withVersion(Response.ok(), change.reject(currentUser.actingUser(),
                new ApplicationChange(applicationId, version, reason))).build();
    }

    private static ApplicationId applicationId(String id) {
        return Parameters.pathId(id, ApplicationId::parse, ErrorCode.APPLICATION_NOT_FOUND, "application");
    }

    static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return noStore;
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response, Application application) {
        return response.tag(new EntityTag(Long.toString(application.version())))
                .type(MediaType.APPLICATION_JSON)
                .cacheControl(noStore())
                .entity(ApplicationView.of(application));
    }
}
