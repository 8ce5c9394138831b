package se.esp.adapter.web.project;

import java.net.URI;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

import se.esp.adapter.web.fee.FeeJson;
import se.esp.adapter.web.json.JsonRequest;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.project.ChangeScalingProjectStatusCommand;
import se.esp.application.port.in.project.RegisterScalingProjectCommand;
import se.esp.application.port.in.project.ScalingProjectUseCases;
import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.project.ScalingProject;
import se.esp.domain.project.ScalingProjectId;
import se.esp.domain.project.ScalingProjectStatus;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violations;

/** Scaling projects over HTTP; status changes need the version read in {@code If-Match}. */
@Path("/scaling-projects")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scaling projects", description = "Local projects preparing national scale-up; their owner pays a project fee")
public class ScalingProjectResource {

    private ScalingProjectUseCases projects;
    private CurrentUser currentUser;

    /** For the container's proxies only. */
    protected ScalingProjectResource() {
    }

    @Inject
    public ScalingProjectResource(ScalingProjectUseCases projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a scaling project (platform administrators)")
    public Response register(String body, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        JsonRequest request = JsonRequest.parse(body);
        String ownerText = request.requiredString("ownerId");
        OrganisationId owner = ownerText == null ? null : request.check("ownerId", () -> OrganisationId.parse(ownerText));
        String name = request.requiredString("name");
        Money budget = FeeJson.requiredMoney(request, "budget");
        request.throwIfInvalid();
        ScalingProject project = projects.register(actor, new RegisterScalingProjectCommand(owner, name, budget));
        URI location = uri.getAbsolutePathBuilder().path(project.id().toString()).build();
        return withVersion(Response.created(location), project).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one scaling project")
    public Response get(@PathParam("id") String id) {
        return withVersion(Response.ok(), projects.get(currentUser.actingUser(), projectId(id))).build();
    }

    @GET
    @Operation(summary = "List scaling projects by name: all for administrators, the own organisation's for others")
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Violations violations = new Violations();
        PageRequest pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();
        Page<ScalingProject> result = projects.list(currentUser.actingUser(), pageRequest);
        JsonArrayBuilder items = Json.createArrayBuilder();
        result.items().forEach(p -> items.add(json(p)));
        return Response.ok(Json.createObjectBuilder()
                .add("items", items)
                .add("page", result.request().page())
                .add("size", result.request().size())
                .add("totalItems", result.totalItems())
                .add("totalPages", result.totalPages())
                .build().toString()).build();
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move to ACTIVE, COMPLETED or CANCELLED on a day (If-Match: the version read)")
    public Response changeStatus(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 String body) {
        ActingUser actor = currentUser.actingUser();
        ScalingProjectId projectId = projectId(id);
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        ScalingProjectStatus status = request.requiredEnum("status", ScalingProjectStatus.class);
        LocalDate on = FeeJson.requiredDate(request, "on");
        request.throwIfInvalid();
        ScalingProject changed = projects.changeStatus(actor,
                new ChangeScalingProjectStatusCommand(projectId, version, status, on));
        return withVersion(Response.ok(), changed).build();
    }

    static JsonObject json(ScalingProject project) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", project.id().toString())
                .add("ownerId", project.owner().toString())
                .add("name", project.name())
                .add("budget", project.budget().toPlainString())
                .add("status", project.status().name());
        project.activatedOn().ifPresentOrElse(d -> json.add("activatedOn", d.toString()),
                () -> json.addNull("activatedOn"));
        project.endedOn().ifPresentOrElse(d -> json.add("endedOn", d.toString()), () -> json.addNull("endedOn"));
        return json.add("version", project.version()).build();
    }

    private static ScalingProjectId projectId(String id) {
        try {
            return ScalingProjectId.parse(id);
        } catch (ValidationException e) {
            throw new DomainException(ErrorCode.SCALING_PROJECT_NOT_FOUND, "no scaling project with id " + id);
        }
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response, ScalingProject project) {
        return response.tag(new EntityTag(Long.toString(project.version())))
                .type(MediaType.APPLICATION_JSON)
                .entity(json(project).toString());
    }
}
