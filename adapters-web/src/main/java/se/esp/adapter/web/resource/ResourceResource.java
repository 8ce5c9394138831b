package se.esp.adapter.web.resource;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.resource.ResourceModels.AvailabilityRequest;
import se.esp.adapter.web.resource.ResourceModels.ChangeProfileRequest;
import se.esp.adapter.web.resource.ResourceModels.DeclarationRequest;
import se.esp.adapter.web.resource.ResourceModels.ProfileFields;
import se.esp.adapter.web.resource.ResourceModels.RegisterRequest;
import se.esp.adapter.web.resource.ResourceModels.RejectionRequest;
import se.esp.adapter.web.resource.ResourceModels.ResourcePage;
import se.esp.adapter.web.resource.ResourceModels.ResourceView;
import se.esp.adapter.web.resource.ResourceModels.SlotRequest;
import se.esp.adapter.web.resource.ResourceModels.StatusChangeRequest;
import se.esp.adapter.web.resource.ResourceModels.VerificationRequest;
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
import se.esp.domain.resource.Availability;
import se.esp.domain.resource.CompetenceDeclaration;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Text;
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

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public ResourceResource() {
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
    @APIResponse(responseCode = "201", description = "Registered; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    public Response register(@RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = RegisterRequest.class))) String body, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        BoundRequest<RegisterRequest> request = JsonBinder.bind(body, RegisterRequest.class);
        RegisterRequest sent = request.value();
        ResourceProfile profile = profile(request, sent);
        List<CompetenceDeclaration> competences = new ArrayList<>();
        List<DeclarationRequest> declared = sent.competences() == null ? List.of() : sent.competences();
        List<String> paths = request.itemPaths("competences", declared.size());
        for (int i = 0; i < declared.size(); i++) {
            CompetenceDeclaration declaration = declaration(request, paths.get(i), declared.get(i));
            if (declaration != null) {
                competences.add(declaration);
            }
        }
        request.throwIfInvalid();

        Resource registered = register.register(actor, new RegisterResourceCommand(sent.personUserId(), profile,
                competences));
        URI location = uri.getAbsolutePathBuilder().path(registered.id().toString()).build();
        return withVersion(Response.created(location), registered).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one resource; its ETag is the version to send back when changing it")
    @APIResponse(responseCode = "200", description = "The resource; ETag is its version",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    public Response get(@PathParam("id") String id) {
        return withVersion(Response.ok(), get.get(currentUser.actingUser(), resourceId(id))).build();
    }

    @GET
    @Operation(summary = "List resources by name (coordinators, administrators), optionally by status, competence, "
            + "language or employer")
    @APIResponse(responseCode = "200", description = "One page of resources, by name",
            content = @Content(schema = @Schema(implementation = ResourcePage.class)))
    public Response list(@QueryParam("status") String status, @QueryParam("competence") String competence,
                         @QueryParam("language") String language, @QueryParam("employerId") String employerId,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations violations = new Violations();
        ResourceStatus statusFilter = Parameters.enumFilter(violations, "status", status, ResourceStatus.class);
        CompetenceCode competenceFilter = blank(competence) ? null
                : violations.check("competence", () -> CompetenceCode.of(competence));
        LanguageCode languageFilter = blank(language) ? null
                : violations.check("language", () -> LanguageCode.of(language));
        OrganisationId employerFilter = Parameters.queryId(violations, "employerId", employerId,
                OrganisationId::parse);
        PageRequest pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();

        Page<Resource> result = list.list(currentUser.actingUser(),
                new ResourceFilter(statusFilter, competenceFilter, languageFilter, employerFilter), pageRequest);
        return Response.ok(ResourcePage.of(result, today())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change name, languages, employer, hourly rate and availability (If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    public Response changeProfile(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @RequestBody(required = true, content = @Content(schema = @Schema(
                                          implementation = ChangeProfileRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        ResourceId resourceId = resourceId(id);
        long version = Parameters.version(ifMatch);
        BoundRequest<ChangeProfileRequest> request = JsonBinder.bind(body, ChangeProfileRequest.class, "id",
                "version");
        ChangeProfileRequest sent = request.value();
        ResourceProfile profile = profile(request, sent);
        refuseIfSent(request, "status", "a coordinator suspends and reinstates with POST /api/resources/" + id
                + "/suspension and /reinstatement; verification sets it");
        refuseIfSent(request, "competences", "competences are declared with POST /api/resources/" + id
                + "/competences and decided by a coordinator");
        request.throwIfInvalid();
        String person = sent.personUserId();
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
    @APIResponse(responseCode = "200", description = "Declared; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    public Response declare(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @RequestBody(required = true, content = @Content(schema = @Schema(
                                    implementation = DeclarationRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        ResourceId resourceId = resourceId(id);
        long version = Parameters.version(ifMatch);
        BoundRequest<DeclarationRequest> request = JsonBinder.bind(body, DeclarationRequest.class);
        CompetenceDeclaration declaration = declaration(request, "", request.value());
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
    @APIResponse(responseCode = "200", description = "Verified; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    public Response verify(@PathParam("id") String id, @PathParam("code") String code,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = false, description = "May be left out when there is no remark",
                                   content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                                           implementation = VerificationRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        ResourceId resourceId = resourceId(id);
        CompetenceCode competence = competenceCode(code);
        long version = Parameters.version(ifMatch);
        String remark = null;
        if (body != null && !body.isBlank()) {
            remark = JsonBinder.bind(body, VerificationRequest.class).throwIfInvalid().remark();
        }
        return withVersion(Response.ok(), verify.verifyCompetence(actor,
                new DecideCompetenceCommand(resourceId, version, competence, remark))).build();
    }

    @POST
    @Path("{id}/competences/{code}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A coordinator of another organisation rejects a pending competence with a remark "
            + "(If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Rejected; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    public Response reject(@PathParam("id") String id, @PathParam("code") String code,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = RejectionRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        ResourceId resourceId = resourceId(id);
        CompetenceCode competence = competenceCode(code);
        long version = Parameters.version(ifMatch);
        String remark = JsonBinder.bind(body, RejectionRequest.class).throwIfInvalid().remark();

        return withVersion(Response.ok(), reject.rejectCompetence(actor,
                new DecideCompetenceCommand(resourceId, version, competence, remark))).build();
    }

    @POST
    @Path("{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a resource out of matching, with a reason (If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Suspended; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    public Response suspend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @RequestBody(required = true, content = @Content(schema = @Schema(
                                    implementation = StatusChangeRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        ChangeResourceStatusCommand command = statusCommand(id, ifMatch, body);
        return withVersion(Response.ok(), suspension.suspend(actor, command)).build();
    }

    @POST
    @Path("{id}/reinstatement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a suspension, with a reason (If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Reinstated; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    public Response reinstate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @RequestBody(required = true, content = @Content(schema = @Schema(
                                      implementation = StatusChangeRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        ChangeResourceStatusCommand command = statusCommand(id, ifMatch, body);
        return withVersion(Response.ok(), suspension.reinstate(actor, command)).build();
    }

    private static ChangeResourceStatusCommand statusCommand(String id, String ifMatch, String body) {
        ResourceId resourceId = resourceId(id);
        long version = Parameters.version(ifMatch);
        String reason = JsonBinder.bind(body, StatusChangeRequest.class).throwIfInvalid().reason();
        return new ChangeResourceStatusCommand(resourceId, version, reason);
    }

    /**
     * The profile from its fields, each refusal named by its path from the body; {@code null} when any field was
     * refused (the violations say which).
     */
    private static ResourceProfile profile(BoundRequest<?> request, ProfileFields sent) {
        String displayName = sent.displayName() == null ? null : request.check("displayName",
                () -> Text.requireText("displayName", sent.displayName(), ResourceProfile.MAX_NAME_LENGTH));
        Set<LanguageCode> languages = new LinkedHashSet<>();
        List<String> languageTexts = sent.languages() == null ? List.of() : sent.languages();
        List<String> languagePaths = request.itemPaths("languages", languageTexts.size());
        for (int i = 0; i < languageTexts.size(); i++) {
            String text = languageTexts.get(i);
            LanguageCode language = request.check(languagePaths.get(i), () -> LanguageCode.of(text));
            if (language != null) {
                languages.add(language);
            }
        }
        OrganisationId employer = sent.employerId() == null ? null : new OrganisationId(sent.employerId());
        Money rate = sent.hourlyRate() == null ? null
                : request.check("hourlyRate", () -> Money.ofKronor(sent.hourlyRate()));
        Availability availability = sent.availability() == null ? Availability.none()
                : availability(request, sent.availability());
        if (displayName == null || rate == null || availability == null || !request.isValid("languages")
                || !request.isValid("employerId")) {
            return null;
        }
        return request.checkNested("", () -> new ResourceProfile(displayName, languages, employer, rate,
                availability));
    }

    /** The availability; {@code null} when any of it was refused. Its violations are named from the body. */
    private static Availability availability(BoundRequest<?> request, AvailabilityRequest sent) {
        List<WeeklySlot> slots = new ArrayList<>();
        List<SlotRequest> sentSlots = sent.slots() == null ? List.of() : sent.slots();
        List<String> paths = request.itemPaths("availability.slots", sentSlots.size());
        for (int i = 0; i < sentSlots.size(); i++) {
            SlotRequest slot = sentSlots.get(i);
            if (slot.day() != null && slot.start() != null && slot.end() != null) {
                WeeklySlot checked = request.checkNested(paths.get(i),
                        () -> new WeeklySlot(slot.day(), slot.start(), slot.end()));
                if (checked != null) {
                    slots.add(checked);
                }
            }
        }
        if (!request.isValid("availability") || sent.maxHoursPerWeek() == null) {
            return null;
        }
        // Availability names its own fields from the body ("availability.slots").
        return request.checkNested("", () -> new Availability(slots, sent.maxHoursPerWeek()));
    }

    /**
     * One competence declaration, its refusals named below {@code path} (empty for the whole body); {@code null}
     * when refused.
     */
    private static CompetenceDeclaration declaration(BoundRequest<?> request, String path, DeclarationRequest sent) {
        String prefix = path.isEmpty() ? "" : path + ".";
        CompetenceCode code = sent.code() == null ? null
                : request.check(prefix + "code", () -> CompetenceCode.of(sent.code()));
        if (code == null || sent.evidence() == null || sent.expiresOn() == null) {
            return null;
        }
        return request.checkNested(path, () -> new CompetenceDeclaration(code, sent.evidence(), sent.expiresOn()));
    }

    private static void refuseIfSent(BoundRequest<?> request, String field, String how) {
        if (request.has(field)) {
            request.violations().add(field, ViolationCode.NOT_CHANGEABLE, "is not changed here: " + how);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ResourceId resourceId(String id) {
        return Parameters.pathId(id, ResourceId::parse, ErrorCode.RESOURCE_NOT_FOUND, "resource");
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
                .entity(ResourceView.of(resource, today()));
    }
}
