package se.esp.adapter.web.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.adapter.web.statistics.StatisticsModels.PlatformStatisticsView;
import se.esp.adapter.web.statistics.StatisticsModels.StatisticsView;
import se.esp.application.port.in.statistics.MonthRange;
import se.esp.application.port.in.statistics.StatisticsReport;
import se.esp.application.port.in.statistics.StatisticsUseCases;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ErrorCode;

/**
 * Statistics over HTTP, one chart-ready JSON document per call: {@code ?from=2026-01&to=2026-12} (inclusive, at most
 * 36 months; each is required and reported by name when missing or malformed).
 */
@Path("/statistics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Applications, deliveries, hours and money per month and offering")
public class StatisticsResource {

    private StatisticsUseCases statistics;
    private CurrentUser currentUser;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public StatisticsResource() {
    }

    @Inject
    public StatisticsResource(StatisticsUseCases statistics, CurrentUser currentUser) {
        this.statistics = statistics;
        this.currentUser = currentUser;
    }

    @GET
    @Path("consumers/{organisationId}")
    @Operation(summary = "A consumer organisation's applications, participants, deliveries, hours and cost "
            + "(its own consumer staff or administrators)")
    @APIResponse(responseCode = "200", description = "Series: applications, participants, deliveries, hours, cost",
            content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    public Response consumer(@PathParam("organisationId") String organisation, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        MonthRange range = Parameters.months(from, to);
        return json(statistics.consumer(currentUser.actingUser(), organisation(organisation), range));
    }

    @GET
    @Path("suppliers/{organisationId}")
    @Operation(summary = "A supplier's demand, deliveries, utilisation, hours, sales and transaction fees "
            + "(its own supplier staff or administrators)")
    @APIResponse(responseCode = "200", description = "Series: applications, participants, deliveries, seatsOffered, "
            + "seatsPlaced, utilisation, hours, sales, transactionFees",
            content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    public Response supplier(@PathParam("organisationId") String organisation, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        MonthRange range = Parameters.months(from, to);
        return json(statistics.supplier(currentUser.actingUser(), organisation(organisation), range));
    }

    @GET
    @Path("platform")
    @Operation(summary = "The owner's view: transaction volume, fee revenue per rule and national coverage "
            + "(platform administrators)")
    @APIResponse(responseCode = "200", description = "Series: applications, participants, deliveries, hours, "
            + "transactionVolume, feeRevenue; with feeRevenueByRule and coverage",
            content = @Content(schema = @Schema(implementation = PlatformStatisticsView.class)))
    public Response platform(@QueryParam("from") String from, @QueryParam("to") String to) {
        MonthRange range = Parameters.months(from, to);
        StatisticsReport report = statistics.platform(currentUser.actingUser(), range);
        return Response.ok(PlatformStatisticsView.of(report)).type(MediaType.APPLICATION_JSON).build();
    }

    private static OrganisationId organisation(String id) {
        return Parameters.pathId(id, OrganisationId::parse, ErrorCode.ORGANISATION_NOT_FOUND, "organisation");
    }

    private static Response json(StatisticsReport report) {
        return Response.ok(StatisticsView.of(report)).type(MediaType.APPLICATION_JSON).build();
    }
}
