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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.web.json.JsonRequest;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicationChange;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.in.application.ChangeApplicationUseCase;
import se.esp.application.port.in.application.GetApplicationQuery;
import se.esp.application.port.in.application.ListApplicationsQuery;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationId;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violations;

/**
 * Applications over HTTP. A submission names the exact offering version; with an {@code Idempotency-Key} header, a
 * retry answers {@code 200} with the application the first attempt created ({@code 201}). Invalid answers to the
 * form and failed eligibility rules are {@code 400} problem+json naming each field
 * ({@code participants[1].answers.level}). The answer after a submission already carries matching's decision under
 * {@code match}. Lifecycle steps are POST sub-resources with {@code If-Match}. Responses concern participants, so
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

    /** For the container's proxies only. */
    protected ApplicationResource() {
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
    public Response submit(String body, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        var command = ApplicationRequests.submission(body, idempotencyKey);
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
    public Response get(@PathParam("id") String id) {
        return withVersion(Response.ok(), get.get(currentUser.actingUser(), applicationId(id))).build();
    }

    @GET
    @Operation(summary = "List your organisation's applications (consumer staff) or those to your offerings "
            + "(supplier staff), newest first, optionally by status")
    public Response list(@QueryParam("status") String status, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        Violations violations = new Violations();
        ApplicationStatus statusFilter = status == null || status.isBlank() ? null
                : JsonRequest.enumValue(violations, "status", status, ApplicationStatus.class);
        PageRequest pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();
        var result = list.list(currentUser.actingUser(), ApplicationFilter.byStatus(statusFilter), pageRequest);
        return Response.ok(ApplicationJson.of(result).toString()).cacheControl(noStore()).build();
    }

    @POST
    @Path("{id}/confirmation")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Accept the placement (consumer staff; If-Match: the version read)")
    public Response confirm(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ApplicationChange command = new ApplicationChange(applicationId(id), Parameters.version(ifMatch), null);
        return withVersion(Response.ok(), change.confirm(currentUser.actingUser(), command)).build();
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Withdraw the application before its delivery starts, optionally saying why (consumer "
            + "staff; If-Match: the version read)")
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        ApplicationId applicationId = applicationId(id);
        long version = Parameters.version(ifMatch);
        String reason = ApplicationRequests.reason(body, false);
        return withVersion(Response.ok(), change.cancel(currentUser.actingUser(),
                new ApplicationChange(applicationId, version, reason))).build();
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject the application as not eligible, saying why (supplier staff of the offering; "
            + "If-Match: the version read)")
    public Response reject(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        ApplicationId applicationId = applicationId(id);
        long version = Parameters.version(ifMatch);
        String reason = ApplicationRequests.reason(body, true);
        return withVersion(Response.ok(), change.reject(currentUser.actingUser(),
                new ApplicationChange(applicationId, version, reason))).build();
    }

    private static ApplicationId applicationId(String id) {
        try {
            return ApplicationId.parse(id);
        } catch (ValidationException e) {
            throw new DomainException(ErrorCode.APPLICATION_NOT_FOUND, "no application with id " + id);
        }
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
                .entity(ApplicationJson.of(application).toString());
    }
}
