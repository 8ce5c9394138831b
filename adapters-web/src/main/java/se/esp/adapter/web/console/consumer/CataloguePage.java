package se.esp.adapter.web.console.consumer;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import se.esp.adapter.web.console.ConsoleErrors;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.adapter.web.console.UseCasePageModel;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.LanguageCapacity;
import se.esp.application.port.in.offering.OfferingCapacity;
import se.esp.application.port.in.offering.CatalogueSort;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.offering.SearchCatalogueQuery;
import se.esp.domain.credential.CredentialDefinition;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.shared.LanguageCode;

/**
 * The national catalogue ({@code console/catalogue.xhtml}): a search form whose selects carry the use case's facet
 * counts (how many offerings each value gives with the other filters kept), above a lazy table of the hits, one page
 * at a time from {@link SearchCatalogueQuery} — the same query, the same counts as the API's {@code /api/catalogue}.
 */
@Named("catalogue")
@ViewScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "hits:offerings";

    @Inject
    ConsoleSession session;

    @Inject
    SearchCatalogueQuery catalogue;

    @Inject
    FindOfferingsQuery offerings;

    @Inject
    CredentialDefinitionUseCases credentialDefinitions;

    private final CatalogueSearch search = new CatalogueSearch();
    private final Hits hits = new Hits();
    /** The capacity of the hits on the page shown, from the search that fetched them. */
    private transient Map<OfferingId, OfferingCapacity> capacity = Map.of();
    /** The micro-credentials each hit on the page shown leads to, as titles in the user's language. */
    private transient Map<OfferingId, String> credentials = Map.of();
    /** The facet counts of the search as last applied; read again after each search. */
    private transient CatalogueResult facets;

    public CatalogueSearch getSearch() {
        return search;
    }

    public Hits getHits() {
        return hits;
    }

    /** Applies the search from the first page; the counts follow it. */
    public void search() {
        facets = null;
        UseCasePageModel.fromFirstPage(TABLE);
    }

    public void clearSearch() {
        search.clear();
        search();
    }

    /** The counts for the search as it stands; {@code null} when the search is refused (shown by the error rule). */
    public CatalogueResult getFacets() {
        if (facets == null) {
            try {
                facets = catalogue.search(session.actor(), search.query(new PageRequest(0, 1)),
                        search.getStartWithinDays());
            } catch (RuntimeException e) {
                ConsoleErrors.show(FacesContext.getCurrentInstance(), e);
                facets = new CatalogueResult(new Page<>(List.of(), new PageRequest(0, 1), 0), Map.of());
            }
        }
        return facets;
    }

    public List<SelectItem> options(String dimension) {
        return CatalogueSearch.options(getFacets(), CatalogueDimension.valueOf(dimension), ConsoleText.locale());
    }

    /** The age bands with their counts, as a line of text under the age input. */
    public String getAgeBands() {
        return CatalogueSearch.options(getFacets(), CatalogueDimension.AGE_BAND, ConsoleText.locale()).stream()
                .skip(1).map(SelectItem::getLabel).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public long getTotal() {
        return getFacets().hits().totalItems();
    }

    public List<CatalogueSort> getSorts() {
        return List.of(CatalogueSort.values());
    }

    public String title(CatalogueEntry entry) {
        return entry.titles().preferring(language());
    }

    public String languages(CatalogueEntry entry) {
        return String.join(", ", entry.deliveryLanguages().stream()
                .map(code -> se.esp.adapter.web.console.review.DiffLabels.language(code.value(),
                        ConsoleText.locale())).toList());
    }

    /** Per delivery language: the next possible start and how many applications wait, e.g. "arabiska: start 2027-01-12, 2 i kö". */
    public String capacity(CatalogueEntry entry) {
        OfferingCapacity known = capacity == null ? null : capacity.get(entry.offeringId());
        if (known == null) {
            return "";
        }
        return String.join("; ", known.languages().stream().map(CataloguePage::capacityLine).toList());
    }

    static String capacityLine(LanguageCapacity language) {
        String name = se.esp.adapter.web.console.review.DiffLabels.language(language.language().value(),
                ConsoleText.locale());
        return language.nextStart() == null
                ? ConsoleText.get("catalogue.capacityNoStart", name, language.waitingApplications())
                : ConsoleText.get("catalogue.capacityLine", name, language.nextStart().toString(),
                        language.waitingApplications());
    }

    /** The micro-credentials completing the offering earns, by title, e.g. "Introduktion till vård och omsorg". */
    public String credentials(CatalogueEntry entry) {
        return credentials == null ? "" : credentials.getOrDefault(entry.offeringId(), "");
    }

    /**
     * The titles of the micro-credentials each hit's current version leads to, in its packaging's order; a code the
     * owner has not defined shows as the code. Read for the page shown only.
     */
    private Map<OfferingId, String> credentialsOf(List<CatalogueEntry> hits) {
        Map<OfferingId, List<MicroCredentialRef>> codes = new HashMap<>();
        for (CatalogueEntry hit : hits) {
            List<MicroCredentialRef> leadsTo = offerings.get(session.actor(), hit.offeringId()).current().content()
                    .microCredentials();
            if (!leadsTo.isEmpty()) {
                codes.put(hit.offeringId(), leadsTo);
            }
        }
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<MicroCredentialRef, CredentialDefinition> defined = DefinedCredentials.all(credentialDefinitions,
                session.actor());
        Map<OfferingId, String> titles = new HashMap<>();
        codes.forEach((offering, refs) -> titles.put(offering, String.join(", ", refs.stream()
                .map(ref -> defined.containsKey(ref)
                        ? defined.get(ref).current().terms().title().preferring(language()) : ref.code())
                .toList())));
        return titles;
    }

    public String ages(CatalogueEntry entry) {
        return OfferingPage.ageText(entry.minAge(), entry.maxAge());
    }

    static LanguageCode language() {
        return LanguageCode.of(ConsoleText.locale().getLanguage());
    }

    /** The hits, one page at a time from the use case. */
    public final class Hits extends UseCasePageModel<CatalogueEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<CatalogueEntry> fetch(PageRequest request, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
            CatalogueResult result = catalogue.search(session.actor(), search.query(request),
                    search.getStartWithinDays());
            capacity = new HashMap<>(result.capacity());
            credentials = credentialsOf(result.hits().items());
            return result.hits();
        }

        @Override
        protected String keyOf(CatalogueEntry row) {
            return row.offeringId().toString();
        }
    }
}
