package se.esp.adapter.web.resource;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import jakarta.ws.rs.QueryParam;
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
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.resource.ChangeResourceProfileCommand;
import se.esp.application.port.in.resource.ChangeResourceProfileUseCase;
import se.esp.application.port.in.resource.ChangeResourceStatusCommand;
import se.esp.application.port.in.resource.DecideCompetenceCommand;
import se.esp.application.port.in.resource.DeclareCompetenceCommand;
import se.esp.application.port.in.resource.DeclareCompetenceUseCase;
import se.esp.application.port.in.resource.GetResourceQuery;
import se.esp.application.port.in.resource.ListResourcesQuery;
import se.esp.application.port.in.resource.RegisterResourceCommand;
import se.esp.application.port.in.resource.RegisterResourceUseCase;
import se.esp.application.port.in.resource.RejectCompetenceUseCase;
import se.esp.application.port.in.resource.ResourceFilter;
import se.esp.application.port.in.resource.SuspendResourceUseCase;
import se.esp.application.port.in.resource.VerifyCompetenceUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * The resource pool over HTTP. Changes need the version read earlier in {@code If-Match} (the {@code ETag} of GET);
 * a coordinator's decision on a competence is a sub-resource of the competence ({@code …/verification},
 * {@code …/rejection}), so each decision is one request that names what it decides.
 */
@Path("/resources")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources", description = "The national pool of professionals, their competences and availability")
public class ResourceResource {

    private RegisterResourceUseCase register;
    private ChangeResourceProfileUseCase changeProfile;
    private DeclareCompetenceUseCase declare;
    private VerifyCompetenceUseCase verify;
    private RejectCompetenceUseCase reject;
    private SuspendResourceUseCase suspension;
    private GetResourceQuery get;
    private ListResourcesQuery list;
    private CurrentUser currentUser;
    private Clock clock;

    /** For the container's proxies only. */
    protected ResourceResource() {
    }

    @Inject
    public ResourceResource(RegisterResourceUseCase register, ChangeResourceProfileUseCase changeProfile,
                            DeclareCompetenceUseCase declare, VerifyCompetenceUseCase verify,
                            RejectCompetenceUseCase reject, SuspendResourceUseCase suspension, GetResourceQuery get,
                            ListResourcesQuery list, CurrentUser currentUser, Clock clock) {
        this.register = register;
        this.changeProfile = changeProfile;
        this.declare = declare;
        this.verify = verify;
        this.reject = reject;
        this.suspension = suspension;
        this.get = get;
        this.list = list;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a resource (the resource person themself, or an administrator naming personUserId)")
    public Response register(String body, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        JsonRequest request = JsonRequest.parse(body);
        String person = request.optionalString("personUserId");
        ResourceProfile profile = ResourceRequests.profile(request);
        List<CompetenceDeclaration> competences = ResourceRequests.competences(request);
        request.throwIfInvalid();

        Resource registered = register.register(actor, new RegisterResourceCommand(person, profile, competences));
        URI location = uri.getAbsolutePathBuilder().path(registered.id().toString()).build();
        return withVersion(Response.created(location), registered).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one resource; its ETag is the version to send back when changing it")
    public Response get(@PathParam("id") String id) {
        return withVersion(Response.ok(), get.get(currentUser.actingUser(), resourceId(id))).build();
    }

    @GET
    @Operation(summary = "List resources by name (coordinators, administrators), optionally by status, competence, "
            + "language or employer")
    public Response list(@QueryParam("status") String status, @QueryParam("competence") String competence,
                         @QueryParam("language") String language, @QueryParam("employerId") String employerId,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations violations = new Violations();
        ResourceStatus statusFilter = blank(status) ? null
                : JsonRequest.enumValue(violations, "status", status, ResourceStatus.class);
        CompetenceCode competenceFilter = blank(competence) ? null
                : violations.check("competence", () -> CompetenceCode.of(competence));
        LanguageCode languageFilter = blank(language) ? null
                : violations.check("language", () -> LanguageCode.of(language));
        OrganisationId employerFilter = blank(employerId) ? null
                : violations.check("employerId", () -> OrganisationId.parse(employerId));
        PageRequest pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();

        Page<Resource> result = list.list(currentUser.actingUser(),
                new ResourceFilter(statusFilter, competenceFilter, languageFilter, employerFilter), pageRequest);
        return Response.ok(ResourceJson.of(result, today()).toString()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change name, languages, employer, hourly rate and availability (If-Match: the version read)")
    public Response changeProfile(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  String body) {
        ActingUser actor = currentUser.actingUser();
        ResourceId resourceId = resourceId(id);
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body).ignoring("id", "version");
        String person = request.optionalString("personUserId");
        ResourceProfile profile = ResourceRequests.profile(request);
        refuseIfSent(request, "status", "a coordinator suspends and reinstates with POST /api/resources/" + id
                + "/suspension and /reinstatement; verification sets it");
        refuseIfSent(request, "competences", "competences are declared with POST /api/resources/" + id
                + "/competences and decided by a coordinator");
        request.throwIfInvalid();
        if (person != null && !person.strip().equals(get.get(actor, resourceId).personUserId())) {
            throw ValidationException.of("personUserId", ViolationCode.NOT_CHANGEABLE,
                    "a resource belongs to one person; register a new resource for another");
        }

        return withVersion(Response.ok(),
                changeProfile.changeProfile(actor, new ChangeResourceProfileCommand(resourceId, version, profile)))
                .build();
    }

    @POST
    @Path("{id}/competences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a competence or renew it with new evidence; it waits for a coordinator "
            + "(If-Match: the version read)")
    public Response declare(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            String body) {
        ActingUser actor = currentUser.actingUser();
        ResourceId resourceId = resourceId(id);
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        CompetenceDeclaration declaration = ResourceRequests.declaration(request);
        request.throwIfInvalid();

        return withVersion(Response.ok(),
                declare.declareCompetence(actor, new DeclareCompetenceCommand(resourceId, version, declaration)))
                .build();
    }

    @POST
    @Path("{id}/competences/{code}/verification")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "A coordinator of another organisation verifies a pending competence; optional remark "
            + "(If-Match: the version read)")
    public Response verify(@PathParam("id") String id, @PathParam("code") String code,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        ActingUser actor = currentUser.actingUser();
        ResourceId resourceId = resourceId(id);
        CompetenceCode competence = competenceCode(code);
        long version = Parameters.version(ifMatch);
        String remark = null;
        if (body != null && !body.isBlank()) {
            JsonRequest request = JsonRequest.parse(body);
            remark = request.optionalString("remark");
            request.throwIfInvalid();
        }
        return withVersion(Response.ok(), verify.verifyCompetence(actor,
                new DecideCompetenceCommand(resourceId, version, competence, remark))).build();
    }

    @POST
    @Path("{id}/competences/{code}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A coordinator of another organisation rejects a pending competence with a remark "
            + "(If-Match: the version read)")
    public Response reject(@PathParam("id") String id, @PathParam("code") String code,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        ActingUser actor = currentUser.actingUser();
        ResourceId resourceId = resourceId(id);
        CompetenceCode competence = competenceCode(code);
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        String remark = request.requiredString("remark");
        request.throwIfInvalid();

        return withVersion(Response.ok(), reject.rejectCompetence(actor,
                new DecideCompetenceCommand(resourceId, version, competence, remark))).build();
    }

    @POST
    @Path("{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a resource out of matching, with a reason (If-Match: the version read)")
    public Response suspend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            String body) {
        ActingUser actor = currentUser.actingUser();
        ChangeResourceStatusCommand command = statusCommand(id, ifMatch, body);
        return withVersion(Response.ok(), suspension.suspend(actor, command)).build();
    }

    @POST
    @Path("{id}/reinstatement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a suspension, with a reason (If-Match: the version read)")
    public Response reinstate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              String body) {
        ActingUser actor = currentUser.actingUser();
        ChangeResourceStatusCommand command = statusCommand(id, ifMatch, body);
        return withVersion(Response.ok(), suspension.reinstate(actor, command)).build();
    }

    private static ChangeResourceStatusCommand statusCommand(String id, String ifMatch, String body) {
        ResourceId resourceId = resourceId(id);
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        String reason = request.requiredString("reason");
        request.throwIfInvalid();
        return new ChangeResourceStatusCommand(resourceId, version, reason);
    }

    private static void refuseIfSent(JsonRequest request, String field, String how) {
        if (request.has(field)) {
            request.violations().add(field, ViolationCode.NOT_CHANGEABLE, "is not changed here: " + how);
        }
        request.ignoring(field);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ResourceId resourceId(String id) {
        try {
            return ResourceId.parse(id);
        } catch (ValidationException e) {
            throw new DomainException(ErrorCode.RESOURCE_NOT_FOUND, "no resource with id " + id);
        }
    }

    private static CompetenceCode competenceCode(String code) {
        try {
            return CompetenceCode.of(code);
        } catch (ValidationException e) {
            throw new DomainException(ErrorCode.COMPETENCE_NOT_FOUND, "no competence " + code);
        }
    }

    private Response.ResponseBuilder withVersion(Response.ResponseBuilder response, Resource resource) {
        return response.tag(new EntityTag(Long.toString(resource.version())))
                .type(MediaType.APPLICATION_JSON)
                .entity(ResourceJson.of(resource, today()).toString());
    }
}
