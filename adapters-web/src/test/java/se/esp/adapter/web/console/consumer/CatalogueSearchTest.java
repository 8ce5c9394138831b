package se.esp.adapter.web.console.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.model.SelectItem;
import org.junit.jupiter.api.Test;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.CatalogueSort;
import se.esp.application.port.in.offering.FacetCount;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.Phase;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

class CatalogueSearchTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");

    @Test
    void buildsTheSameQueryAsTheApisParameters() {
        CatalogueSearch search = new CatalogueSearch();
        String supplier = UUID.randomUUID().toString();
        search.setText(" studievägledning ");
        search.setPhase("PREPARATORY");
        search.setLanguage("ar");
        search.setMode("DIGITAL");
        search.setSupplier(supplier);
        search.setPriceBand("FROM_5000_TO_10000");
        search.setAge(30);
        search.setSort("PRICE_ASCENDING");

        CatalogueQuery query = search.query(new PageRequest(2, 20));

        assertThat(query.text()).isEqualTo("studievägledning");
        assertThat(query.phases()).containsExactly(Phase.PREPARATORY);
        assertThat(query.serviceAreas()).isEmpty();
        assertThat(query.deliveryLanguages()).containsExactly(LanguageCode.of("ar"));
        assertThat(query.deliveryModes()).containsExactly(DeliveryMode.DIGITAL);
        assertThat(query.suppliers()).containsExactly(OrganisationId.parse(supplier));
        assertThat(query.minPrice()).isEqualTo(Money.parse("5000.00"));
        assertThat(query.maxPrice()).as("the band's upper bound is excluded").isEqualTo(Money.parse("9999.99"));
        assertThat(query.eligibleAge()).isEqualTo(30);
        assertThat(query.sort()).isEqualTo(CatalogueSort.PRICE_ASCENDING);
        assertThat(query.page()).isEqualTo(new PageRequest(2, 20));
    }

    @Test
    void theTopPriceBandHasNoUpperBoundAndAnEmptySearchIsEverything() {
        CatalogueSearch search = new CatalogueSearch();
        assertThat(search.query(PageRequest.first())).isEqualTo(CatalogueQuery.everything());
        search.setPriceBand("FROM_10000");
        assertThat(search.query(PageRequest.first()).maxPrice()).isNull();
        search.clear();
        assertThat(search.query(PageRequest.first())).isEqualTo(CatalogueQuery.everything());
    }

    @Test
    void withTextAndNoChosenOrderTheBestMatchesComeFirst() {
        CatalogueSearch search = new CatalogueSearch();
        search.setText("vägledning");
        assertThat(search.query(PageRequest.first()).sort()).isEqualTo(CatalogueSort.RELEVANCE);
        search.setSort("TITLE");
        assertThat(search.query(PageRequest.first()).sort()).isEqualTo(CatalogueSort.TITLE);
    }

    @Test
    void aValueNoSelectOfferedIsRefusedUnderItsInput() {
        CatalogueSearch search = new CatalogueSearch();
        search.setPhase("NOT_A_PHASE");
        search.setSupplier("not-an-id");

        ValidationException refused = catchThrowableOfType(() -> search.query(PageRequest.first()),
                ValidationException.class);

        assertThat(refused.violations()).extracting(Violation::field).containsExactlyInAnyOrder("phase", "supplier");
    }

    @Test
    void eachOptionSaysHowManyOfferingsItGivesInTheUsersLanguage() {
        CatalogueResult result = new CatalogueResult(new Page<>(List.of(), PageRequest.first(), 3), Map.of(
                CatalogueDimension.PHASE, List.of(new FacetCount("PREPARATORY", null, 3),
                        new FacetCount("ESTABLISHMENT", null, 0)),
                CatalogueDimension.DELIVERY_LANGUAGE, List.of(new FacetCount("ar", null, 2)),
                CatalogueDimension.SUPPLIER, List.of(new FacetCount(UUID.randomUUID().toString(), "Ronneby kommun", 1))));

        assertThat(CatalogueSearch.options(result, CatalogueDimension.PHASE, SWEDISH))
                .extracting(SelectItem::getValue, SelectItem::getLabel).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("", "Alla"),
                        org.assertj.core.groups.Tuple.tuple("PREPARATORY", "Förberedande (3)"),
                        org.assertj.core.groups.Tuple.tuple("ESTABLISHMENT", "Etablering (0)"));
        assertThat(CatalogueSearch.options(result, CatalogueDimension.DELIVERY_LANGUAGE, ENGLISH))
                .extracting(SelectItem::getLabel).containsExactly("All", "Arabic (2)");
        assertThat(CatalogueSearch.options(result, CatalogueDimension.SUPPLIER, SWEDISH))
                .extracting(SelectItem::getLabel).containsExactly("Alla", "Ronneby kommun (1)");
        assertThat(CatalogueSearch.options(result, CatalogueDimension.PRICE_BAND, SWEDISH)).hasSize(1);
    }
}
