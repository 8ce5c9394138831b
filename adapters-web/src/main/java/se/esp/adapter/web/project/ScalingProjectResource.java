package se.esp.adapter.web.project;

import java.net.URI;

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
import se.esp.adapter.web.project.ScalingProjectModels.RegisterRequest;
import se.esp.adapter.web.project.ScalingProjectModels.ScalingProjectPage;
import se.esp.adapter.web.project.ScalingProjectModels.ScalingProjectView;
import se.esp.adapter.web.project.ScalingProjectModels.StatusChangeRequest;
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
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Text;
import se.esp.domain.shared.Violations;

/** Scaling projects over HTTP; status changes need the version read in {@code If-Match}. */
@Path("/scaling-projects")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scaling projects", description = "Local projects preparing national scale-up; their owner pays a project fee")
public class ScalingProjectResource {

    private ScalingProjectUseCases projects;
    private CurrentUser currentUser;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public ScalingProjectResource() {
    }

    @Inject
    public ScalingProjectResource(ScalingProjectUseCases projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a scaling project (platform administrators)")
    @APIResponse(responseCode = "201", description = "Registered; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = ScalingProjectView.class)))
    public Response register(@RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = RegisterRequest.class))) String body, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        BoundRequest<RegisterRequest> request = JsonBinder.bind(body, RegisterRequest.class);
        RegisterRequest sent = request.value();
        OrganisationId owner = sent.ownerId() == null ? null : new OrganisationId(sent.ownerId());
        String name = sent.name() == null ? null : request.check("name",
                () -> Text.requireText("name", sent.name(), ScalingProject.MAX_NAME_LENGTH));
        Money budget = sent.budget() == null ? null : request.check("budget", () -> Money.ofKronor(sent.budget()));
        request.throwIfInvalid();
        ScalingProject project = projects.register(actor, new RegisterScalingProjectCommand(owner, name, budget));
        URI location = uri.getAbsolutePathBuilder().path(project.id().toString()).build();
        return withVersion(Response.created(location), project).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one scaling project")
    @APIResponse(responseCode = "200", description = "The scaling project; ETag is its version",
            content = @Content(schema = @Schema(implementation = ScalingProjectView.class)))
    public Response get(@PathParam("id") String id) {
        return withVersion(Response.ok(), projects.get(currentUser.actingUser(), projectId(id))).build();
    }

    @GET
    @Operation(summary = "List scaling projects by name: all for administrators, the own organisation's for others")
    @APIResponse(responseCode = "200", description = "One page of scaling projects, by name",
            content = @Content(schema = @Schema(implementation = ScalingProjectPage.class)))
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest pageRequest = Parameters.page(page, size);
        Page<ScalingProject> result = projects.list(currentUser.actingUser(), pageRequest);
        return Response.ok(ScalingProjectPage.of(result)).build();
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move to ACTIVE, COMPLETED or CANCELLED on a day (If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Moved; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ScalingProjectView.class)))
    public Response changeStatus(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @RequestBody(required = true, content = @Content(schema = @Schema(
                                         implementation = StatusChangeRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        ScalingProjectId projectId = projectId(id);
        long version = Parameters.version(ifMatch);
        StatusChangeRequest sent = JsonBinder.bind(body, StatusChangeRequest.class).throwIfInvalid();
        ScalingProject changed = projects.changeStatus(actor,
                new ChangeScalingProjectStatusCommand(projectId, version, sent.status(), sent.on()));
        return withVersion(Response.ok(), changed).build();
    }

    private static ScalingProjectId projectId(String id) {
        return Parameters.pathId(id, ScalingProjectId::parse, ErrorCode.SCALING_PROJECT_NOT_FOUND, "scaling project");
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response, ScalingProject project) {
        return response.tag(new EntityTag(Long.toString(project.version())))
                .type(MediaType.APPLICATION_JSON)
                .entity(ScalingProjectView.of(project));
    }
}
