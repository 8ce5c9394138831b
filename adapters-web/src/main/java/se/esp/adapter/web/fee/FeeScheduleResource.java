package se.esp.adapter.web.fee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.common.json.BoundRequest;
import se.esp.adapter.common.json.JsonBinder;
import se.esp.adapter.web.fee.FeeModels.BandRequest;
import se.esp.adapter.web.fee.FeeModels.CancelJointCostRequest;
import se.esp.adapter.web.fee.FeeModels.EndAgreementRequest;
import se.esp.adapter.web.fee.FeeModels.IndexationRequest;
import se.esp.adapter.web.fee.FeeModels.JointCostRequest;
import se.esp.adapter.web.fee.FeeModels.MembershipRequest;
import se.esp.adapter.web.fee.FeeModels.PartnershipRequest;
import se.esp.adapter.web.fee.FeeModels.RatesRequest;
import se.esp.adapter.web.fee.FeeModels.ScheduleView;
import se.esp.adapter.web.fee.FeeModels.ShareRequest;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.port.in.fee.FeeScheduleCommands;
import se.esp.application.port.in.fee.GetFeeScheduleQuery;
import se.esp.application.port.in.fee.ManageFeeScheduleUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.FeeItemId;
import se.esp.domain.fee.FeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.Indexation;
import se.esp.domain.fee.MembershipFees;
import se.esp.domain.fee.ParticipationFees;
import se.esp.domain.fee.PopulationBand;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;
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

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public FeeScheduleResource() {
    }

    @Inject
    public FeeScheduleResource(ManageFeeScheduleUseCase manage, GetFeeScheduleQuery get, CurrentUser currentUser) {
        this.manage = manage;
        this.get = get;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The fee schedule with every version of its rates, the partnerships, memberships and joint costs")
    @APIResponse(responseCode = "200", description = "The fee schedule; ETag is its version",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response get() {
        return withVersion(Response.ok(), get.get(currentUser.actingUser())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Establish the fee schedule with its first rates (once)")
    @APIResponse(responseCode = "201", description = "Established; ETag is its version",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response establish(@RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = RatesRequest.class))) String body, @Context UriInfo uri) {
        ActingUser actor = currentUser.actingUser();
        BoundRequest<RatesRequest> request = JsonBinder.bind(body, RatesRequest.class);
        RatesVersion rates = rates(request);
        request.throwIfInvalid();
        FeeSchedule schedule = manage.establish(actor, new FeeScheduleCommands.Establish(rates));
        return withVersion(Response.created(uri.getAbsolutePath()), schedule).build();
    }

    @POST
    @Path("rate-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "New rates from a date (If-Match: the schedule's version)")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response changeRates(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @RequestBody(required = true, content = @Content(schema = @Schema(
                                        implementation = RatesRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        long version = Parameters.version(ifMatch);
        BoundRequest<RatesRequest> request = JsonBinder.bind(body, RatesRequest.class);
        RatesVersion rates = rates(request);
        request.throwIfInvalid();
        return changed(manage.changeRates(actor, new FeeScheduleCommands.ChangeRates(version, rates)));
    }

    @POST
    @Path("partnerships")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A partner's fixed fee per MONTH, QUARTER, HALF_YEAR or YEAR (If-Match)")
    @APIResponse(responseCode = "200", description = "Agreed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response agreePartnership(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @RequestBody(required = true, content = @Content(schema = @Schema(
                                             implementation = PartnershipRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        long version = Parameters.version(ifMatch);
        BoundRequest<PartnershipRequest> request = JsonBinder.bind(body, PartnershipRequest.class);
        PartnershipRequest sent = request.value();
        Money fee = money(request, "fee", sent.fee());
        request.throwIfInvalid();
        return changed(manage.agreePartnership(actor, new FeeScheduleCommands.AgreePartnership(version,
                new OrganisationId(sent.partnerId()), fee, sent.per(), sent.startsOn(), sent.endsOn())));
    }

    @POST
    @Path("memberships")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An organisation becomes a member on a day (If-Match)")
    @APIResponse(responseCode = "200", description = "Admitted; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response admitMember(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @RequestBody(required = true, content = @Content(schema = @Schema(
                                        implementation = MembershipRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        long version = Parameters.version(ifMatch);
        MembershipRequest sent = JsonBinder.bind(body, MembershipRequest.class).throwIfInvalid();
        return changed(manage.admitMember(actor, new FeeScheduleCommands.AdmitMember(version,
                new OrganisationId(sent.organisationId()), sent.joinedOn())));
    }

    @POST
    @Path("agreements/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A partnership or membership ends after its last day (If-Match)")
    @APIResponse(responseCode = "200", description = "Ended; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response endAgreement(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @RequestBody(required = true, content = @Content(schema = @Schema(
                                         implementation = EndAgreementRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        FeeItemId agreement = itemId(id);
        long version = Parameters.version(ifMatch);
        EndAgreementRequest sent = JsonBinder.bind(body, EndAgreementRequest.class).throwIfInvalid();
        return changed(manage.endAgreement(actor, new FeeScheduleCommands.EndAgreement(version, agreement,
                sent.lastDay())));
    }

    @POST
    @Path("joint-costs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A joint cost split BY_POPULATION, BY_PARTICIPANTS or EQUALLY in a month (If-Match)")
    @APIResponse(responseCode = "200", description = "Recorded; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response recordJointCost(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @RequestBody(required = true, content = @Content(schema = @Schema(
                                            implementation = JointCostRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        long version = Parameters.version(ifMatch);
        BoundRequest<JointCostRequest> request = JsonBinder.bind(body, JointCostRequest.class);
        JointCostRequest sent = request.value();
        Money amount = money(request, "amount", sent.amount());
        List<CostShare> shares = new ArrayList<>();
        List<ShareRequest> sentShares = sent.shares() == null ? List.of() : sent.shares();
        List<String> paths = elementPaths(request, "shares", sentShares.size());
        for (int i = 0; i < sentShares.size(); i++) {
            ShareRequest share = sentShares.get(i);
            if (share.organisationId() != null) {
                CostShare checked = request.checkNested(paths.get(i), () -> new CostShare(
                        new OrganisationId(share.organisationId()),
                        share.participants() == null ? 0 : share.participants()));
                if (checked != null) {
                    shares.add(checked);
                }
            }
        }
        request.throwIfInvalid();
        return changed(manage.recordJointCost(actor, new FeeScheduleCommands.RecordJointCost(version,
                sent.description(), amount, sent.costKey(), shares, sent.chargedIn())));
    }

    @POST
    @Path("joint-costs/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a joint cost on a day; if already settled in a closed month, it is credited back")
    @APIResponse(responseCode = "200", description = "Cancelled; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public Response cancelJointCost(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @RequestBody(required = true, content = @Content(schema = @Schema(
                                            implementation = CancelJointCostRequest.class))) String body) {
        ActingUser actor = currentUser.actingUser();
        FeeItemId jointCost = itemId(id);
        long version = Parameters.version(ifMatch);
        CancelJointCostRequest sent = JsonBinder.bind(body, CancelJointCostRequest.class).throwIfInvalid();
        return changed(manage.cancelJointCost(actor, new FeeScheduleCommands.CancelJointCost(version, jointCost,
                sent.on())));
    }

    /**
     * The rates of a body, or {@code null} when something is wrong (recorded in the request under its path, e.g.
     * {@code membershipBands[1].annualFee}, {@code participationFees.TOWN}, {@code indexation.baseYear}).
     */
    private static RatesVersion rates(BoundRequest<RatesRequest> request) {
        RatesRequest sent = request.value();
        Percentage transaction = percent(request, "transactionFeePercent", sent.transactionFeePercent());
        Percentage scaling = percent(request, "scalingProjectFeePercent", sent.scalingProjectFeePercent());

        List<PopulationBand> bands = new ArrayList<>();
        List<BandRequest> sentBands = sent.membershipBands() == null ? List.of() : sent.membershipBands();
        List<String> paths = elementPaths(request, "membershipBands", sentBands.size());
        for (int i = 0; i < sentBands.size(); i++) {
            BandRequest band = sentBands.get(i);
            String path = paths.get(i);
            Money entry = money(request, path + ".entryFee", band.entryFee());
            Money annual = money(request, path + ".annualFee", band.annualFee());
            if (band.fromPopulation() != null && entry != null && annual != null) {
                PopulationBand checked = request.checkNested(path,
                        () -> new PopulationBand(band.fromPopulation(), entry, annual));
                if (checked != null) {
                    bands.add(checked);
                }
            }
        }

        Map<ParticipationLevel, Money> participation = new EnumMap<>(ParticipationLevel.class);
        if (sent.participationFees() != null) {
            sent.participationFees().forEach((name, amount) -> {
                String path = "participationFees." + name;
                ParticipationLevel level = participationLevel(request, path, name);
                Money fee = money(request, path, amount);
                if (fee != null && fee.isNegative()) {
                    request.violations().add(path, ViolationCode.OUT_OF_RANGE, "must be at least 0");
                } else if (level != null && fee != null) {
                    participation.put(level, fee);
                }
            });
        }

        Indexation indexation = null;
        IndexationRequest index = sent.indexation();
        if (index != null) {
            Percentage yearly = percent(request, "indexation.yearlyPercent", index.yearlyPercent());
            if (yearly != null && index.baseYear() != null) {
                indexation = request.check("indexation.baseYear", () -> new Indexation(yearly, index.baseYear()));
            }
        }

        if (!request.isValidSoFar() || sent.validFrom() == null || transaction == null || scaling == null
                || indexation == null) {
            return null;
        }
        MembershipFees membership = request.check("membershipBands", () -> new MembershipFees(bands));
        ParticipationFees participationFees = request.check("participationFees",
                () -> new ParticipationFees(participation));
        if (membership == null || participationFees == null) {
            return null;
        }
        return new RatesVersion(sent.validFrom(), new FeeRates(transaction, scaling, membership, participationFees,
                indexation));
    }

    /** Names a level as today's clients may: by its name, in any case, surrounding blanks ignored. */
    private static ParticipationLevel participationLevel(BoundRequest<?> request, String path, String name) {
        for (ParticipationLevel level : ParticipationLevel.values()) {
            if (level.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return level;
            }
        }
        request.violations().add(path, ViolationCode.UNKNOWN_VALUE, "'" + name + "' is not one of "
                + Arrays.stream(ParticipationLevel.values()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** Exact kronor; fractions of öre are refused under {@code path}, never rounded. */
    private static Money money(BoundRequest<?> request, String path, BigDecimal kronor) {
        return kronor == null ? null : request.check(path, () -> Money.ofKronor(kronor));
    }

    private static Percentage percent(BoundRequest<?> request, String path, BigDecimal value) {
        return value == null ? null : request.check(path, () -> new Percentage(value));
    }

    /**
     * The path each bound element of a list came from. The binder leaves out elements it refused as a whole ({@code
     * null}, not an object), each with a violation at its own path, so the elements after one are shifted.
     */
    private static List<String> elementPaths(BoundRequest<?> request, String list, int bound) {
        List<String> paths = new ArrayList<>(bound);
        int index = 0;
        while (paths.size() < bound) {
            String path = list + "[" + index++ + "]";
            if (!request.violations().concerns(path)) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static FeeItemId itemId(String id) {
        return Parameters.pathId(id, text -> FeeItemId.parse("id", text), ErrorCode.FEE_ITEM_NOT_FOUND,
                text -> "the fee schedule has nothing with id " + text);
    }

    private static Response changed(FeeSchedule schedule) {
        return withVersion(Response.ok(), schedule).build();
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder response, FeeSchedule schedule) {
        return response.tag(new EntityTag(Long.toString(schedule.version())))
                .type(MediaType.APPLICATION_JSON)
                .entity(ScheduleView.of(schedule));
    }
}
