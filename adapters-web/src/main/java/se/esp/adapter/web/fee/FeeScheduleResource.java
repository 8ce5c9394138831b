package se.esp.adapter.web.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.port.in.fee.GetFeeScheduleQuery;
import se.esp.application.port.in.fee.ManageFeeScheduleUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.FeeItemId;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * The fee schedule over HTTP, for platform administrators. Every change needs the schedule's version in
 * {@code If-Match} (the {@code ETag} of GET) and answers with the whole schedule at its new version.
 */
@Path("/fee-schedule")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fee schedule", description = "The fee rules the owner configures (platform administrators only)")
public class FeeScheduleResource {

    private ManageFeeScheduleUseCase manage;
    private GetFeeScheduleQuery get;
    private CurrentUser currentUser;

    /** For the container's proxies only. */
    protected FeeScheduleResource() {
    }

    @Inject
    public FeeScheduleResource(ManageFeeScheduleUseCase manage, GetFeeScheduleQuery get, CurrentUser currentUser) {
        this.manage = manage;
        this.get = get;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The fee schedule with every version of its rates, the partnerships, memberships and joint costs")
    public Response get() {
        return withVersion(Response.ok(), get.get(currentUser.actingUser())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Establish the fee schedule with its first rates (once)")
    public Response establish(String body, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        JsonRequest request = JsonRequest.parse(body);
        RatesVersion rates = FeeJson.readRates(request);
        request.throwIfInvalid();
        FeeSchedule schedule = manage.establish(actor, new FeeScheduleCommands.Establish(rates));
        return withVersion(Response.created(uri.getAbsolutePath()), schedule).build();
    }

    @POST
    @Path("rate-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "New rates from a date (If-Match: the schedule's version)")
    public Response changeRates(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        ActingUser actor = currentUser.actingUser();
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        RatesVersion rates = FeeJson.readRates(request);
        request.throwIfInvalid();
        return changed(manage.changeRates(actor, new FeeScheduleCommands.ChangeRates(version, rates)));
    }

    @POST
    @Path("partnerships")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A partner's fixed fee per MONTH, QUARTER, HALF_YEAR or YEAR (If-Match)")
    public Response agreePartnership(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        ActingUser actor = currentUser.actingUser();
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        OrganisationId partner = organisation(request, "partnerId");
        Money fee = FeeJson.requiredMoney(request, "fee");
        BillingPeriod per = request.requiredEnum("per", BillingPeriod.class);
        LocalDate startsOn = FeeJson.requiredDate(request, "startsOn");
        LocalDate endsOn = FeeJson.optionalDate(request, "endsOn");
        request.throwIfInvalid();
        return changed(manage.agreePartnership(actor, new FeeScheduleCommands.AgreePartnership(version, partner, fee,
                per, startsOn, endsOn)));
    }

    @POST
    @Path("memberships")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An organisation becomes a member on a day (If-Match)")
    public Response admitMember(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        ActingUser actor = currentUser.actingUser();
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        OrganisationId member = organisation(request, "organisationId");
        LocalDate joinedOn = FeeJson.requiredDate(request, "joinedOn");
        request.throwIfInvalid();
        return changed(manage.admitMember(actor, new FeeScheduleCommands.AdmitMember(version, member, joinedOn)));
    }

    @POST
    @Path("agreements/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A partnership or membership ends after its last day (If-Match)")
    public Response endAgreement(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 String body) {
        ActingUser actor = currentUser.actingUser();
        FeeItemId agreement = itemId(id);
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        LocalDate lastDay = FeeJson.requiredDate(request, "lastDay");
        request.throwIfInvalid();
        return changed(manage.endAgreement(actor, new FeeScheduleCommands.EndAgreement(version, agreement, lastDay)));
    }

    @POST
    @Path("joint-costs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A joint cost split BY_POPULATION, BY_PARTICIPANTS or EQUALLY in a month (If-Match)")
    public Response recordJointCost(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        ActingUser actor = currentUser.actingUser();
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        String description = request.requiredString("description");
        Money amount = FeeJson.requiredMoney(request, "amount");
        CostKey key = request.requiredEnum("costKey", CostKey.class);
        YearMonth chargedIn = FeeJson.requiredMonth(request, "chargedIn");
        List<CostShare> shares = new ArrayList<>();
        if (!request.has("shares")) {
            request.violations().add("shares", ViolationCode.REQUIRED, "is required: the organisations sharing it");
        }
        for (JsonRequest share : request.objectList("shares")) {
            OrganisationId organisation = organisation(share, "organisationId");
            Long participants = share.optionalLong("participants");
            if (organisation != null) {
                CostShare checked = share.check("participants", () -> new CostShare(organisation,
                        participants == null ? 0 : participants));
                if (checked != null) {
                    shares.add(checked);
                }
            }
        }
        request.throwIfInvalid();
        return changed(manage.recordJointCost(actor, new FeeScheduleCommands.RecordJointCost(version, description,
                amount, key, shares, chargedIn)));
    }

    @POST
    @Path("joint-costs/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a joint cost on a day; if already settled in a closed month, it is credited back")
    public Response cancelJointCost(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    String body) {
        ActingUser actor = currentUser.actingUser();
        FeeItemId jointCost = itemId(id);
        long version = Parameters.version(ifMatch);
        JsonRequest request = JsonRequest.parse(body);
        LocalDate on = FeeJson.requiredDate(request, "on");
        request.throwIfInvalid();
        return changed(manage.cancelJointCost(actor, new FeeScheduleCommands.CancelJointCost(version, jointCost, on)));
    }

    private static OrganisationId organisation(JsonRequest request, String field) {
        String text = request.requiredString(field);
        return text == null ? null : request.check(field, () -> OrganisationId.parse(text));
    }

    private static FeeItemId itemId(String id) {
        try {
            return FeeItemId.parse("id", id);
        } catch (ValidationException e) {
            throw new DomainException(ErrorCode.FEE_ITEM_NOT_FOUND, "the fee schedule has nothing with id " + id);
        }
    }

    private static Response changed(FeeSchedule schedule) {
        return withVersion(Response.ok(), schedule).build();
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response, FeeSchedule schedule) {
        return response.tag(new EntityTag(Long.toString(schedule.version())))
                .type(MediaType.APPLICATION_JSON)
                .entity(FeeJson.of(schedule).toString());
    }

}
