package se.esp.adapter.web.packaging;

import java.net.URI;
import java.util.ArrayList;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.packaging.ContentModels.ContentRequest;
import se.esp.adapter.web.packaging.PackagingModels.AssessmentRequest;
import se.esp.adapter.web.packaging.PackagingModels.CostingView;
import se.esp.adapter.web.packaging.PackagingModels.DiffView;
import se.esp.adapter.web.packaging.PackagingModels.PackagingPage;
import se.esp.adapter.web.packaging.PackagingModels.PackagingView;
import se.esp.adapter.web.packaging.PackagingModels.PublicationView;
import se.esp.adapter.web.packaging.PackagingModels.RejectionRequest;
import se.esp.adapter.web.packaging.PackagingModels.VerdictRequest;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.packaging.Baseline;
import se.esp.application.port.in.packaging.CostPackagingQuery;
import se.esp.application.port.in.packaging.CreatePackagingCommand;
import se.esp.application.port.in.packaging.DiffPackagingQuery;
import se.esp.application.port.in.packaging.DraftPackagingUseCase;
import se.esp.application.port.in.packaging.EditPackagingCommand;
import se.esp.application.port.in.packaging.FindPackagingsQuery;
import se.esp.application.port.in.packaging.PackagingChange;
import se.esp.application.port.in.packaging.PackagingDiffs;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.port.in.packaging.Publication;
import se.esp.application.port.in.packaging.PublishPackagingUseCase;
import se.esp.application.port.in.packaging.RecordReviewCommand;
import se.esp.application.port.in.packaging.RejectPackagingCommand;
import se.esp.application.port.in.packaging.ReviewPackagingUseCase;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Packagings over HTTP: the supplier's draft (POST, PUT with If-Match), the lifecycle steps as sub-resources
 * ({@code submission}, {@code review}, {@code verdict}, {@code rejection}, {@code publication}, {@code revision},
 * each a POST with If-Match), {@code GET …/costing?groupSize=N} and {@code GET …/diff[?against=RETURNED|OFFERED]}.
 * Bodies are bound to the models of {@link ContentModels} and {@link PackagingModels}: every refused field is named
 * by its path and nothing is stored.
 */
@Path("/packagings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Packagings", description = "Services packaged by suppliers, their quality review and costing")
public class PackagingResource {

    private DraftPackagingUseCase drafts;
    private ReviewPackagingUseCase reviews;
    private PublishPackagingUseCase publishing;
    private FindPackagingsQuery find;
    private CostPackagingQuery costing;
    private DiffPackagingQuery diffs;
    private CurrentUser currentUser;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public PackagingResource() {
    }

    @Inject
    public PackagingResource(DraftPackagingUseCase drafts, ReviewPackagingUseCase reviews,
                             PublishPackagingUseCase publishing, FindPackagingsQuery find, CostPackagingQuery costing,
                             DiffPackagingQuery diffs, CurrentUser currentUser) {
        this.drafts = drafts;
        this.reviews = reviews;
        this.publishing = publishing;
        this.find = find;
        this.costing = costing;
        this.diffs = diffs;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a packaging for your supplier organisation (supplier staff); the draft may be incomplete")
    @APIResponse(responseCode = "201", description = "Created as a draft; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = PackagingView.class)))
    public Response create(@RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = ContentRequest.class))) String body, @Context UriInfo uri) {
        BoundRequest<ContentRequest> request = JsonBinder.bind(body, ContentRequest.class);
        PackagingContent content = ContentReader.read(request);
        request.throwIfInvalid();
        Packaging created = drafts.create(currentUser.actingUser(), new CreatePackagingCommand(content));
        URI location = uri.getAbsolutePathBuilder().path(created.id().toString()).build();
        return withVersion(Response.created(location), created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a packaging with its content, what it lacks for review and its review history")
    @APIResponse(responseCode = "200", description = "The packaging; ETag is its version",
            content = @Content(schema = @Schema(implementation = PackagingView.class)))
    public Response get(@PathParam("id") String id) {
        return withVersion(Response.ok(), find.get(currentUser.actingUser(), packagingId(id))).build();
    }

    @GET
    @Operation(summary = "List packagings oldest first; supplier staff see their own organisation's")
    @APIResponse(responseCode = "200", description = "One page of packagings",
            content = @Content(schema = @Schema(implementation = PackagingPage.class)))
    public Response list(@QueryParam("status") String status, @QueryParam("supplier") String supplier,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        Violations violations = new Violations();
        PackagingStatus statusFilter = Parameters.enumFilter(violations, "status", status, PackagingStatus.class);
        OrganisationId supplierFilter = Parameters.queryId(violations, "supplier", supplier, OrganisationId::parse);
        PageRequest pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();
        return Response.ok(PackagingPage.of(find.list(currentUser.actingUser(),
                new PackagingFilter(supplierFilter, statusFilter), pageRequest))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a draft's or returned packaging's content (If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            content = @Content(schema = @Schema(implementation = PackagingView.class)))
    public Response edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @RequestBody(required = true, content = @Content(schema = @Schema(
                                 implementation = ContentRequest.class))) String body) {
        PackagingId packagingId = packagingId(id);
        long version = Parameters.version(ifMatch);
        BoundRequest<ContentRequest> request = JsonBinder.bind(body, ContentRequest.class,
                PackagingModels.READ_ONLY_FIELDS);
        PackagingContent content = ContentReader.read(request);
        request.throwIfInvalid();
        Packaging edited = drafts.edit(currentUser.actingUser(), new EditPackagingCommand(packagingId, version, content));
        return withVersion(Response.ok(), edited).build();
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit for quality review; an incomplete packaging is refused with what is missing")
    @APIResponse(responseCode = "200", description = "Submitted; ETag is the new version",
            content = @Content(schema = @Schema(implementation = PackagingView.class)))
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withVersion(Response.ok(), drafts.submit(currentUser.actingUser(), change(id, ifMatch))).build();
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Take a submitted packaging up for review (coordinators, never of their own organisation)")
    @APIResponse(responseCode = "200", description = "In review; ETag is the new version",
            content = @Content(schema = @Schema(implementation = PackagingView.class)))
    public Response startReview(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withVersion(Response.ok(), reviews.startReview(currentUser.actingUser(), change(id, ifMatch))).build();
    }

    @POST
    @Path("{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Judge every criterion: all passed approves, any failed returns it with the remarks")
    @APIResponse(responseCode = "200", description = "Approved or returned; ETag is the new version",
            content = @Content(schema = @Schema(implementation = PackagingView.class)))
    public Response verdict(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @RequestBody(required = true, content = @Content(schema = @Schema(
                                    implementation = VerdictRequest.class))) String body) {
        PackagingId packagingId = packagingId(id);
        long version = Parameters.version(ifMatch);
        BoundRequest<VerdictRequest> request = JsonBinder.bind(body, VerdictRequest.class);
        List<AssessmentRequest> sent = ContentReader.listOf(request.value().assessments());
        int[] at = ContentReader.positions(request, "assessments", sent.size());
        List<CriterionAssessment> assessments = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            AssessmentRequest item = sent.get(i);
            if (item.criterion() != null && item.passed() != null) {
                CriterionAssessment assessment = request.checkNested("assessments[" + at[i] + "]",
                        () -> new CriterionAssessment(item.criterion(), item.passed(), item.remark()));
                if (assessment != null) {
                    assessments.add(assessment);
                }
            }
        }
        request.throwIfInvalid();
        Packaging judged = reviews.recordReview(currentUser.actingUser(),
                new RecordReviewCommand(packagingId, version, assessments));
        return withVersion(Response.ok(), judged).build();
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a packaging under review for good, with the reason")
    @APIResponse(responseCode = "200", description = "Rejected; ETag is the new version",
            content = @Content(schema = @Schema(implementation = PackagingView.class)))
    public Response reject(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = RejectionRequest.class))) String body) {
        PackagingId packagingId = packagingId(id);
        long version = Parameters.version(ifMatch);
        BoundRequest<RejectionRequest> request = JsonBinder.bind(body, RejectionRequest.class);
        String reason = request.throwIfInvalid().reason();
        Packaging rejected = reviews.reject(currentUser.actingUser(),
                new RejectPackagingCommand(packagingId, version, reason));
        return withVersion(Response.ok(), rejected).build();
    }

    @POST
    @Path("{id}/publication")
    @Operation(summary = "Put an approved packaging on offer: a new offering or the next version of its offering")
    @APIResponse(responseCode = "200", description = "Published; Content-Location names the offering version, ETag "
            + "is the packaging's new version",
            content = @Content(schema = @Schema(implementation = PublicationView.class)))
    public Response publish(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Context UriInfo uri) {
        Publication publication = publishing.publish(currentUser.actingUser(), change(id, ifMatch));
        URI version = uri.getBaseUriBuilder().path("offering-versions")
                .path(publication.offering().current().id().toString()).build();
        return Response.ok(PublicationView.of(publication), MediaType.APPLICATION_JSON)
                .tag(new EntityTag(Long.toString(publication.packaging().version())))
                .header(HttpHeaders.CONTENT_LOCATION, version).build();
    }

    @POST
    @Path("{id}/revision")
    @Operation(summary = "Start the next draft of a published packaging; the offering stays on offer meanwhile")
    @APIResponse(responseCode = "200", description = "The next draft; ETag is the new version",
            content = @Content(schema = @Schema(implementation = PackagingView.class)))
    public Response revise(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withVersion(Response.ok(), drafts.startRevision(currentUser.actingUser(), change(id, ifMatch))).build();
    }

    @GET
    @Path("{id}/costing")
    @Operation(summary = "What does it cost at group size N: both variants, the fee, the break-even group size")
    @APIResponse(responseCode = "200", description = "Both variants at the group size",
            content = @Content(schema = @Schema(implementation = CostingView.class)))
    public Response costing(@PathParam("id") String id, @QueryParam("groupSize") String groupSize,
                            @QueryParam("price") String price) {
        PackagingId packagingId = packagingId(id);
        Violations violations = new Violations();
        Integer size = Parameters.wholeNumber(violations, "groupSize", groupSize, 1, GroupSize.MAXIMUM);
        if (groupSize == null || groupSize.isBlank()) {
            violations.add("groupSize", ViolationCode.REQUIRED, "give the group size, e.g. ?groupSize=8");
        }
        Money testedPrice = Parameters.amount(violations, "price", price);
        violations.throwIfAny();
        return Response.ok(CostingView.of(costing.costAt(currentUser.actingUser(), packagingId, size, testedPrice)))
                .build();
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed in the content since the draft the last review returned and since the version "
            + "on offer (the administrators, the supplier's own staff, coordinators of other organisations)")
    @APIResponse(responseCode = "200", description = "A comparison with each of the two the packaging has, saying "
            + "which; ETag is the packaging's version",
            content = @Content(schema = @Schema(implementation = DiffView.class)))
    public Response diff(@PathParam("id") String id, @QueryParam("against") @Parameter(description = "Only the "
            + "comparison with this version; both (whichever exist) when absent",
            schema = @Schema(implementation = Baseline.class)) String against) {
        PackagingId packagingId = packagingId(id);
        Violations violations = new Violations();
        Baseline only = Parameters.enumFilter(violations, "against", against, Baseline.class);
        violations.throwIfAny();
        PackagingDiffs compared = diffs.diff(currentUser.actingUser(), packagingId);
        return Response.ok(DiffView.of(compared, only)).tag(new EntityTag(Long.toString(compared.version())))
                .build();
    }

    private static PackagingChange change(String id, String ifMatch) {
        PackagingId packagingId = packagingId(id);
        return new PackagingChange(packagingId, Parameters.version(ifMatch));
    }

    static PackagingId packagingId(String id) {
        return Parameters.pathId(id, PackagingId::parse, ErrorCode.PACKAGING_NOT_FOUND, "packaging");
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response, Packaging packaging) {
        return response.tag(new EntityTag(Long.toString(packaging.version())))
                .type(MediaType.APPLICATION_JSON)
                .entity(PackagingView.of(packaging));
    }
}
