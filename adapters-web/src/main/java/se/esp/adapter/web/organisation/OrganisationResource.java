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

import se.esp.adapter.web.json.JsonRequest;
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
import se.esp.domain.shared.DomainException;
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

    /** For the container's proxies only. */
    protected OrganisationResource() {
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
    public Response register(String body, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        JsonRequest request = JsonRequest.parse(body);
        String numberText = request.requiredString("organisationNumber");
        OrganisationNumber number = numberText == null ? null
                : request.check("organisationNumber", () -> OrganisationNumber.parse(numberText));
        OrganisationProfile profile = profile(request);
        Set<OrganisationRole> roles = request.enumSet("roles", OrganisationRole.class);
        request.throwIfInvalid();

        Organisation registered = register.register(actor, new RegisterOrganisationCommand(number, profile, roles));
        URI location = uri.getAbsolutePathBuilder().path(registered.id().toString()).build();
        return withVersion(Response.created(location), registered).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one organisation; its ETag is the version to send back when changing it")
    public Response get(@PathParam("id") String id) {
        Organisation organisation = get.get(currentUser.actingUser(), organisationId(id));
        return withVersion(Response.ok(), organisation).build();
    }

    @GET
    @Operation(summary = "List organisations by name, optionally only one kind or role")
    public Response list(@QueryParam("kind") String kind, @QueryParam("role") String role,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations violations = new Violations();
        OrganisationKind kindFilter = kind == null || kind.isBlank() ? null
                : JsonRequest.enumValue(violations, "kind", kind, OrganisationKind.class);
        OrganisationRole roleFilter = role == null || role.isBlank() ? null
                : JsonRequest.enumValue(violations, "role", role, OrganisationRole.class);
        PageRequest pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();

        Page<Organisation> result = list.list(currentUser.actingUser(),
                new OrganisationFilter(kindFilter, roleFilter), pageRequest);
        return Response.ok(OrganisationJson.of(result).toString()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change name, kind, population and participation level (If-Match: the version read)")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        ActingUser actor = currentUser.actingUser();
        OrganisationId organisationId = organisationId(id);
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body).ignoring("id", "version");
        String number = request.optionalString("organisationNumber");
        OrganisationProfile profile = profile(request);
        boolean sentRoles = request.has("roles");
        request.enumSet("roles", OrganisationRole.class);
        if (sentRoles) {
            request.violations().add("roles", ViolationCode.NOT_CHANGEABLE,
                    "roles are changed with PUT /api/organisations/" + id + "/roles");
        }
        request.throwIfInvalid();
        if (number != null) {
            refuseNumberChange(actor, organisationId, number);
        }

        Organisation updated = update.update(actor, new UpdateOrganisationCommand(organisationId, version, profile));
        return withVersion(Response.ok(), updated).build();
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the roles (SUPPLIER, CONSUMER, PARTNER) an organisation plays (If-Match: the version)")
    public Response changeRoles(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                String body) {
        ActingUser actor = currentUser.actingUser();
        OrganisationId organisationId = organisationId(id);
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        if (!request.has("roles")) {
            request.violations().add("roles", ViolationCode.REQUIRED, "is required (an empty list removes all roles)");
        }
        Set<OrganisationRole> roles = request.enumSet("roles", OrganisationRole.class);
        request.throwIfInvalid();

        Organisation changed = changeRoles.changeRoles(actor,
                new ChangeOrganisationRolesCommand(organisationId, version, roles));
        return withVersion(Response.ok(), changed).build();
    }

    private static OrganisationProfile profile(JsonRequest request) {
        String nameText = request.requiredString("name");
        OrganisationName name = nameText == null ? null
                : request.check("name", () -> new OrganisationName(nameText));
        OrganisationKind kind = request.requiredEnum("kind", OrganisationKind.class);
        Long population = request.optionalLong("population");
        Population checkedPopulation = population == null ? null
                : request.check("population", () -> new Population(population));
        ParticipationLevel level = request.optionalEnum("participationLevel", ParticipationLevel.class);
        Violations violations = request.violations();
        if (violations.concerns("name") || violations.concerns("kind") || violations.concerns("population")
                || violations.concerns("participationLevel")) {
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
        try {
            return OrganisationId.parse(id);
        } catch (ValidationException e) {
            throw new DomainException(ErrorCode.ORGANISATION_NOT_FOUND, "no organisation with id " + id);
        }
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response, Organisation organisation) {
        return response.tag(new EntityTag(Long.toString(organisation.version())))
                .type(MediaType.APPLICATION_JSON)
                .entity(OrganisationJson.of(organisation).toString());
    }
}
