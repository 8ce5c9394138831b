package se.esp.adapter.web.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.delivery.DeliveryModels.CancellationRequest;
import se.esp.adapter.web.delivery.DeliveryModels.CompletionRequest;
import se.esp.adapter.web.delivery.DeliveryModels.DeliveryPage;
import se.esp.adapter.web.delivery.DeliveryModels.DeliveryView;
import se.esp.adapter.web.delivery.DeliveryModels.OutcomeRequest;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.delivery.CompleteDeliveryCommand;
import se.esp.application.port.in.delivery.DeliveryChange;
import se.esp.application.port.in.delivery.DeliveryFilter;
import se.esp.application.port.in.delivery.GetDeliveryQuery;
import se.esp.application.port.in.delivery.ListDeliveriesQuery;
import se.esp.application.port.in.delivery.ManageDeliveryUseCase;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Deliveries over HTTP, each as the caller may see it (the application's {@code DeliveryView}). Lifecycle steps
 * are POST sub-resources with {@code If-Match}: {@code start}, {@code completion} with every participant's outcome,
 * and {@code cancellation} with the reason.
 */
@Path("/deliveries")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "Runs of an offering version with their resource and participants, "
        + "possibly of several consumer organisations")
public class DeliveryResource {

    private GetDeliveryQuery get;
    private ListDeliveriesQuery list;
    private ManageDeliveryUseCase manage;
    private CurrentUser currentUser;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public DeliveryResource() {
    }

    @Inject
    public DeliveryResource(GetDeliveryQuery get, ListDeliveriesQuery list, ManageDeliveryUseCase manage,
                            CurrentUser currentUser) {
        this.get = get;
        this.list = list;
        this.manage = manage;
        this.currentUser = currentUser;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a delivery you take part in: the supplier's staff, a consumer with participants in "
            + "it, the resource leading it, administrators")
    @APIResponse(responseCode = "200", description = "The delivery as you may see it; ETag is its version",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response get(@PathParam("id") String id) {
        return withVersion(Response.ok(), get.get(currentUser.actingUser(), deliveryId(id))).build();
    }

    @GET
    @Operation(summary = "List the deliveries you take part in, soonest first, optionally by status")
    @APIResponse(responseCode = "200", description = "One page of deliveries, soonest first",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    public Response list(@QueryParam("status") String status, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        Violations violations = new Violations();
        DeliveryStatus statusFilter = Parameters.enumFilter(violations, "status", status, DeliveryStatus.class);
        PageRequest pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();
        var result = list.list(currentUser.actingUser(), DeliveryFilter.byStatus(statusFilter), pageRequest);
        return Response.ok(DeliveryPage.of(result)).cacheControl(noStore()).build();
    }

    @POST
    @Path("{id}/start")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Start the delivery (the supplier's staff; If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Started; ETag is the new version",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response start(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DeliveryChange change = new DeliveryChange(deliveryId(id), Parameters.version(ifMatch), null);
        return withVersion(Response.ok(), manage.start(currentUser.actingUser(), change)).build();
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete the delivery with every participant's outcome, COMPLETED or NOT_COMPLETED (the "
            + "supplier's staff or the resource leading it; If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Completed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response complete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @RequestBody(required = true, content = @Content(schema = @Schema(
                                     implementation = CompletionRequest.class))) String body) {
        DeliveryId deliveryId = deliveryId(id);
        long version = Parameters.version(ifMatch);
        BoundRequest<CompletionRequest> request = JsonBinder.bind(body, CompletionRequest.class);
        List<OutcomeRequest> sent = request.value().outcomes() == null ? List.of() : request.value().outcomes();
        List<String> paths = request.itemPaths("outcomes", sent.size());
        Map<ParticipantId, ParticipationOutcome> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            OutcomeRequest item = sent.get(i);
            if (item.participantId() != null && item.outcome() != null
                    && outcomes.put(new ParticipantId(item.participantId()), item.outcome()) != null) {
                request.violations().add(paths.get(i) + ".participantId", ViolationCode.NOT_ALLOWED,
                        "is given twice");
            }
        }
        request.throwIfInvalid();
        return withVersion(Response.ok(), manage.complete(currentUser.actingUser(),
                new CompleteDeliveryCommand(deliveryId, version, outcomes))).build();
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel the delivery, saying why: before the start its applications wait again (the "
            + "supplier's staff; administrators also after completion, as a correction; If-Match: the version read)")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag is the new version",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = true, content = @Content(schema = @Schema(
                                   implementation = CancellationRequest.class))) String body) {
        DeliveryId deliveryId = deliveryId(id);
        long version = Parameters.version(ifMatch);
        if (body == null || body.isBlank()) {
            throw ValidationException.of("reason", ViolationCode.REQUIRED, "is required");
        }
        String reason = JsonBinder.bind(body, CancellationRequest.class).throwIfInvalid().reason();
        return withVersion(Response.ok(), manage.cancel(currentUser.actingUser(),
                new DeliveryChange(deliveryId, version, reason))).build();
    }

    private static DeliveryId deliveryId(String id) {
        return Parameters.pathId(id, DeliveryId::parse, ErrorCode.DELIVERY_NOT_FOUND, "delivery");
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return noStore;
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response,
                                                        se.esp.application.port.in.delivery.DeliveryView view) {
        return response.tag(new EntityTag(Long.toString(view.delivery().version())))
                .type(MediaType.APPLICATION_JSON)
                .cacheControl(noStore())
                .entity(DeliveryView.of(view));
    }
}
