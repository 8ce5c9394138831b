package se.esp.adapter.web.delivery;

import java.util.LinkedHashMap;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.web.json.JsonRequest;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.delivery.CompleteDeliveryCommand;
import se.esp.application.port.in.delivery.DeliveryChange;
import se.esp.application.port.in.delivery.DeliveryFilter;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.application.port.in.delivery.GetDeliveryQuery;
import se.esp.application.port.in.delivery.ListDeliveriesQuery;
import se.esp.application.port.in.delivery.ManageDeliveryUseCase;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Deliveries over HTTP, each as the caller may see it (see {@code DeliveryView}). Lifecycle steps are POST
 * sub-resources with {@code If-Match}: {@code start}, {@code completion} with every participant's outcome, and
 * {@code cancellation} with the reason.
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

    /** For the container's proxies only. */
    protected DeliveryResource() {
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
    public Response get(@PathParam("id") String id) {
        return withVersion(Response.ok(), get.get(currentUser.actingUser(), deliveryId(id))).build();
    }

    @GET
    @Operation(summary = "List the deliveries you take part in, soonest first, optionally by status")
    public Response list(@QueryParam("status") String status, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        Violations violations = new Violations();
        DeliveryStatus statusFilter = status == null || status.isBlank() ? null
                : JsonRequest.enumValue(violations, "status", status, DeliveryStatus.class);
        PageRequest pageRequest = Parameters.page(violations, page, size);
        violations.throwIfAny();
        var result = list.list(currentUser.actingUser(), DeliveryFilter.byStatus(statusFilter), pageRequest);
        return Response.ok(DeliveryJson.of(result).toString()).cacheControl(noStore()).build();
    }

    @POST
    @Path("{id}/start")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Start the delivery (the supplier's staff; If-Match: the version read)")
    public Response start(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DeliveryChange change = new DeliveryChange(deliveryId(id), Parameters.version(ifMatch), null);
        return withVersion(Response.ok(), manage.start(currentUser.actingUser(), change)).build();
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete the delivery with every participant's outcome, COMPLETED or NOT_COMPLETED (the "
            + "supplier's staff or the resource leading it; If-Match: the version read)")
    public Response complete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             String body) {
        DeliveryId deliveryId = deliveryId(id);
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        Map<ParticipantId, ParticipationOutcome> outcomes = new LinkedHashMap<>();
        for (JsonRequest item : request.objectList("outcomes")) {
            String participantText = item.requiredString("participantId");
            ParticipantId participant = participantText == null ? null
                    : item.check("participantId", () -> ParticipantId.parse(participantText));
            ParticipationOutcome outcome = item.requiredEnum("outcome", ParticipationOutcome.class);
            if (participant != null && outcome != null && outcomes.put(participant, outcome) != null) {
                item.violations().add("participantId", ViolationCode.NOT_ALLOWED, "is given twice");
            }
        }
        if (!request.has("outcomes")) {
            request.violations().add("outcomes", ViolationCode.REQUIRED,
                    "every participant's outcome: [{\"participantId\": …, \"outcome\": \"COMPLETED\"}, …]");
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
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        DeliveryId deliveryId = deliveryId(id);
        long version = Parameters.version(ifMatch);
        if (body == null || body.isBlank()) {
            throw ValidationException.of("reason", ViolationCode.REQUIRED, "is required");
        }
        JsonRequest request = JsonRequest.parse(body);
        String reason = request.requiredString("reason");
        request.throwIfInvalid();
        return withVersion(Response.ok(), manage.cancel(currentUser.actingUser(),
                new DeliveryChange(deliveryId, version, reason))).build();
    }

    private static DeliveryId deliveryId(String id) {
        try {
            return DeliveryId.parse(id);
        } catch (ValidationException e) {
            throw new DomainException(ErrorCode.DELIVERY_NOT_FOUND, "no delivery with id " + id);
        }
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return noStore;
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response, DeliveryView view) {
        return response.tag(new EntityTag(Long.toString(view.delivery().version())))
                .type(MediaType.APPLICATION_JSON)
                .cacheControl(noStore())
                .entity(DeliveryJson.of(view).toString());
    }
}
