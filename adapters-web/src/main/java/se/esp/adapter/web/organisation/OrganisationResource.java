package se.esp.adapter.web.organisation;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.organisation.OrganisationModels.OrganisationPage;
import se.esp.adapter.web.organisation.OrganisationModels.OrganisationView;
import se.esp.adapter.web.organisation.OrganisationModels.RegisterRequest;
import se.esp.adapter.web.organisation.OrganisationModels.RolesRequest;
import se.esp.adapter.web.organisation.OrganisationModels.UpdateRequest;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesCommand;
import se.esp.application.port.in.organisation.ChangeOrganisationRolesUseCase;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.organisation.ListOrganisationsQuery;
import se.esp.application.port.in.organisation.OrganisationFilter;
import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.application.port.in.organisation.UpdateOrganisationCommand;
import se.esp.application.port.in.organisation.UpdateOrganisationUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Organisations over HTTP. Changes need the version read earlier in {@code If-Match} (the {@code ETag} of GET);
 * a stale version is refused with 412.
 */
@Path("/organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Municipalities, regions, companies and others taking part")
public class OrganisationResource {

    private RegisterOrganisationUseCase register;
    private UpdateOrganisationUseCase update;
    private ChangeOrganisationRolesUseCase changeRoles;
    private GetOrganisationQuery get;
    private ListOrganisationsQuery list;
    private CurrentUser currentUser;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public OrganisationResource() {
    }

    @Inject
    public OrganisationResource(RegisterOrganisationUseCase register, UpdateOrganisationUseCase update,
                                ChangeOrganisationRolesUseCase changeRoles, GetOrganisationQuery get,
                                ListOrganisationsQuery list, CurrentUser currentUser) {
        this.register = register;
        this.update = update;
        this.changeRoles = changeRoles;
        this.get = get;
        this.list = list;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an organisation (platform administrators)")
    @APIResponse(responseCode = "201", description = "Registered; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response register(@RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = RegisterRequest.class))) String body, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        BoundRequest<RegisterRequest> request = JsonBinder.bind(body, RegisterRequest.class);
        RegisterRequest sent = request.value();
        OrganisationNumber number = sent.organisationNumber() == null ? null
                : request.check("organisationNumber", () -> OrganisationNumber.parse(sent.organisationNumber()));
        OrganisationProfile profile = profile(request, sent.name(), sent.kind(), sent.population(),
                sent.participationLevel());
        Set<OrganisationRole> roles = sent.roles() == null ? Set.of() : sent.roles();
        request.throwIfInvalid();

        Organisation registered = register.register(actor, new RegisterOrganisationCommand(number, profile, roles));
        URI location = uri.getAbsolutePathBuilder().path(registered.id().toString()).build();
        return withVersion(Response.created(location), registered).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one organisation; its ETag is the version to send back when changing it")
    @APIResponse(responseCode = "200", description = "The organisation; ETag is its version",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response get(@PathParam("id") String id) {
        Organisation organisation = get.get(currentUser.actingUser(), organisationId(id));
        return withVersion(Response.ok(), organisation).build();
    }

    @GET
    @Operation(summary = "List organisations by name, optionally only one kind or role")
    @APIResponse(responseCode = "200", description = "One page of organisations, by name",
            content = @Content(schema = @Schema(implementation = OrganisationPage.class)))
    public Response list(@QueryParam("kind") @Parameter(schema = @Schema(implementation = OrganisationKind.class))
                         String kind,
                         @QueryParam("role") @Parameter(schema = @Schema(implementation = OrganisationRole.class))
                         String role,
                         @QueryParam("page") @Parameter(description = "The page number, from 0",
                                 schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String page,
                         @QueryParam("size") @Parameter(description = "Items per page",
                                 schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
                         String size) {
        Violations violations = new Violations();
        OrganisationKind kindFilter = Parameters.enumFilter(violations, "kind", kind, OrganisationKind.class);
        OrganisationRole roleFilter = Parameters.enumFilter(violations, "role", role, OrganisationRole.class);
        PageRequest pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();

        Page<Organisation> result = list.list(currentUser.actingUser(),
                new OrganisationFilter(kindFilter, roleFilter), pageRequest);
        return Response.ok(OrganisationPage.of(result)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change name, kind, population and participation level (If-Match: the version read); a "
            + "changed population or level applies to the fees from effectiveFrom")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = UpdateRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        OrganisationId organisationId = organisationId(id);
        long version = Parameters.version(ifMatch);
        BoundRequest<UpdateRequest> request = JsonBinder.bind(body, UpdateRequest.class, "id", "version");
        UpdateRequest sent = request.value();
        OrganisationProfile profile = profile(request, sent.name(), sent.kind(), sent.population(),
                sent.participationLevel());
        if (request.has("roles")) {
            request.violations().add("roles", ViolationCode.NOT_CHANGEABLE,
                    "roles are changed with PUT /api/organisations/" + id + "/roles");
        }
        request.throwIfInvalid();
        if (sent.organisationNumber() != null) {
            refuseNumberChange(actor, organisationId, sent.organisationNumber());
        }

        Organisation updated = update.update(actor, new UpdateOrganisationCommand(organisationId, version, profile,
                sent.effectiveFrom()));
        return withVersion(Response.ok(), updated).build();
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the roles (SUPPLIER, CONSUMER, PARTNER) an organisation plays (If-Match: the version)")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response changeRoles(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @RequestBody(required = true, content = @Content(schema = @Schema(
                                        implementation = RolesRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        OrganisationId organisationId = organisationId(id);
        long version = Parameters.version(ifMatch);
        BoundRequest<RolesRequest> request = JsonBinder.bind(body, RolesRequest.class);
        Set<OrganisationRole> roles = request.value().roles();
        request.throwIfInvalid();

        Organisation changed = changeRoles.changeRoles(actor,
                new ChangeOrganisationRolesCommand(organisationId, version, roles));
        return withVersion(Response.ok(), changed).build();
    }

    private static OrganisationProfile profile(BoundRequest<?> request, String nameText, OrganisationKind kind,
                                               Long population, ParticipationLevel level) {
        OrganisationName name = nameText == null ? null
                : request.check("name", () -> new OrganisationName(nameText));
        Population checkedPopulation = population == null ? null
                : request.check("population", () -> new Population(population));
        if (name == null || kind == null || !request.isValid("population") || !request.isValid("participationLevel")) {
            return null;
        }
        return request.check("population", () -> new OrganisationProfile(name, kind, checkedPopulation, level));
    }

    private void refuseNumberChange(ActingUser actor, OrganisationId id, String sent) {
        Organisation current = get.get(actor, id);
        boolean same;
        try {
            same = OrganisationNumber.parse(sent).equals(current.number());
        } catch (ValidationException e) {
            same = false;
        }
        if (!same) {
            throw ValidationException.of("organisationNumber", ViolationCode.NOT_CHANGEABLE,
                    "an organisation keeps its organisation number; register a new organisation instead");
        }
    }

    private static OrganisationId organisationId(String id) {
        return Parameters.pathId(id, OrganisationId::parse, ErrorCode.ORGANISATION_NOT_FOUND, "organisation");
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response, Organisation organisation) {
        return response.tag(new EntityTag(Long.toString(organisation.version())))
                .type(MediaType.APPLICATION_JSON)
                .entity(OrganisationView.of(organisation));
    }
}
