package se.esp.adapter.web.offering;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.web.offering.OfferingModels.CataloguePage;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.application.port.in.offering.SearchCatalogueQuery;

/** The national catalogue: free text, filters, facet counts per filter, paging and a stable sort. */
@Path("/catalogue")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Search the offerings on offer nationally")
public class CatalogueResource {

    private SearchCatalogueQuery search;
    private CurrentUser currentUser;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public CatalogueResource() {
    }

    @Inject
    public CatalogueResource(SearchCatalogueQuery search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Search: q (words of titles and descriptions in any language), phase, serviceArea, "
            + "targetGroup, language, mode, supplier (repeatable or comma-separated), minPrice, maxPrice, age, "
            + "startWithinDays (0 to 365: offerings a participant can start within so many days), "
            + "sort (RELEVANCE, the default with q; TITLE, the default without; PRICE_ASCENDING, "
            + "PRICE_DESCENDING, NEWEST), page, size. Each hit carries its capacity: "
            + "per delivery language the next possible start and the waiting list")
    @APIResponse(responseCode = "200", description = "One page of hits with the facet counts",
            content = @Content(schema = @Schema(implementation = CataloguePage.class)))
    public Response search(@QueryParam("q") String text, @QueryParam("phase") List<String> phase,
                           @QueryParam("serviceArea") List<String> serviceArea,
                           @QueryParam("targetGroup") List<String> targetGroup,
                           @QueryParam("language") List<String> language, @QueryParam("mode") List<String> mode,
                           @QueryParam("supplier") List<String> supplier, @QueryParam("minPrice") String minPrice,
                           @QueryParam("maxPrice") String maxPrice, @QueryParam("age") String age,
                           @QueryParam("startWithinDays") String startWithinDays, @QueryParam("sort") String sort, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        var request = CatalogueParameters.search(text, phase, serviceArea, targetGroup, language, mode, supplier,
                minPrice, maxPrice, age, startWithinDays, sort, page, size);
        return Response.ok(CataloguePage.of(search.search(currentUser.actingUser(), request.query(),
                request.startWithinDays()))).build();
    }
}
