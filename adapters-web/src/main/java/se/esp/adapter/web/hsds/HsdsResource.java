package se.esp.adapter.web.hsds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.common.json.JsonWriter;
import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.FacetCount;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.offering.SearchCatalogueQuery;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.security.ActingUser;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Violations;

/**
 * The national catalogue as Open Referral HSDS 3.0: services (the offerings on offer) and organizations (their
 * suppliers), with HSDS's paging ({@code page} from 1, {@code per_page}). Like the catalogue it reads, it needs a
 * signed-in user of any role. A service by id is any published offering, suspended ones ({@code temporarily
 * closed}) and retired ones ({@code defunct}) included, as an offering is readable by id.
 */
@Path("/hsds")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "The catalogue as Open Referral HSDS 3.0 services and organizations")
public class HsdsResource {

    static final int DEFAULT_PER_PAGE = PageRequest.DEFAULT_SIZE;

    private SearchCatalogueQuery catalogue;
    private FindOfferingsQuery offerings;
    private GetOrganisationQuery organisations;
    private CurrentUser currentUser;

    /** For the container's proxies only. */
    public HsdsResource() {
    }

    @Inject
    public HsdsResource(SearchCatalogueQuery catalogue, FindOfferingsQuery offerings,
                        GetOrganisationQuery organisations, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.offerings = offerings;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    @GET
    @Path("services")
    @Operation(summary = "HSDS services: the offerings on offer, by name; search (words of titles and "
            + "descriptions), organization_id, page (from 1), per_page (1 to 200)")
    @APIResponse(responseCode = "200", description = "A page of HSDS 3.0 services (compiled/service_list.json)",
            content = @Content(schema = @Schema(implementation = HsdsPage.class)))
    public Response services(@QueryParam("search") String search,
                             @QueryParam("organization_id") String organizationId,
                             @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        Violations violations = new Violations();
        PageRequest request = page(violations, page, perPage);
        OrganisationId supplier = Parameters.queryId(violations, "organization_id", organizationId,
                OrganisationId::parse);
        violations.throwIfAny();
        CatalogueQuery.Builder query = CatalogueQuery.builder().text(search).page(request.page(), request.size());
        if (supplier != null) {
            query.suppliers(supplier);
        }
        Page<CatalogueEntry> hits = catalogue.search(currentUser.actingUser(), query.build()).hits();
        return Response.ok(HsdsPage.of(hits.map(HsdsMapping::serviceListItem))).build();
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One HSDS service with its languages, cost options, schedule and organization")
    @APIResponse(responseCode = "200", description = "An HSDS 3.0 service (compiled/service.json)",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT,
                    description = "An Open Referral HSDS 3.0 service")))
    public Response service(@PathParam("id") String id) {
        ActingUser actor = currentUser.actingUser();
        Offering offering = offerings.get(actor, offeringId(id));
        Organisation supplier = organisations.get(actor, offering.supplier());
        return Response.ok(JsonWriter.write(HsdsMapping.service(offering, supplier)), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("organizations")
    @Operation(summary = "HSDS organizations: the suppliers of the offerings on offer, by name; page (from 1), "
            + "per_page (1 to 200)")
    @APIResponse(responseCode = "200", description = "A page of HSDS 3.0 organizations "
            + "(compiled/organization_list.json)",
            content = @Content(schema = @Schema(implementation = HsdsPage.class)))
    public Response organizations(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        Violations violations = new Violations();
        PageRequest request = page(violations, page, perPage);
        violations.throwIfAny();
        ActingUser actor = currentUser.actingUser();
        CatalogueResult everything = catalogue.search(actor, CatalogueQuery.builder().page(0, 1).build());
        List<FacetCount> suppliers = new ArrayList<>(everything.facets()
                .getOrDefault(CatalogueDimension.SUPPLIER, List.of()).stream().filter(f -> f.count() > 0).toList());
        suppliers.sort(Comparator.comparing((FacetCount f) -> f.label() == null ? f.value() : f.label())
                .thenComparing(FacetCount::value));
        List<Map<String, Object>> items = suppliers.stream().skip(request.offset()).limit(request.size())
                .map(f -> HsdsMapping.organizationListItem(organisations.get(actor, OrganisationId.parse(f.value()))))
                .toList();
        return Response.ok(HsdsPage.of(new Page<>(items, request, suppliers.size()))).build();
    }

    @GET
    @Path("organizations/{id}")
    @Operation(summary = "One HSDS organization with the services it has on offer")
    @APIResponse(responseCode = "200", description = "An HSDS 3.0 organization (compiled/organization.json)",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT,
                    description = "An Open Referral HSDS 3.0 organization")))
    public Response organization(@PathParam("id") String id) {
        ActingUser actor = currentUser.actingUser();
        Organisation organisation = organisations.get(actor, organisationId(id));
        List<CatalogueEntry> services = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<CatalogueEntry> hits = catalogue.search(actor, CatalogueQuery.builder()
                    .suppliers(organisation.id()).page(page, PageRequest.MAX_SIZE).build()).hits();
            services.addAll(hits.items());
            if (services.size() >= hits.totalItems() || hits.items().isEmpty()) {
                break;
            }
        }
        return Response.ok(JsonWriter.write(HsdsMapping.organization(organisation, services)),
                MediaType.APPLICATION_JSON).build();
    }

    /** HSDS numbers pages from 1; {@code per_page} is 1 to {@link PageRequest#MAX_SIZE}. */
    private static PageRequest page(Violations violations, String page, String perPage) {
        Integer number = Parameters.wholeNumber(violations, "page", page, 1, Parameters.MAX_PAGE + 1);
        Integer size = Parameters.wholeNumber(violations, "per_page", perPage, 1, PageRequest.MAX_SIZE);
        if (violations.concerns("page") || violations.concerns("per_page")) {
            return null;
        }
        return new PageRequest(number == null ? 0 : number - 1, size == null ? DEFAULT_PER_PAGE : size);
    }

    private static OfferingId offeringId(String id) {
        return Parameters.pathId(id, OfferingId::parse, ErrorCode.OFFERING_NOT_FOUND, "offering");
    }

    private static OrganisationId organisationId(String id) {
        return Parameters.pathId(id, OrganisationId::parse, ErrorCode.ORGANISATION_NOT_FOUND, "organisation");
    }
}
