package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.FacetCount;

/**
 * The database backends are shared by several server instances, each with its own in-memory index: a change
 * committed through one instance is found by every other on its next search.
 */
abstract class JpaCatalogueContract extends CatalogueContract {

    @Test
    void anotherInstanceSharingTheDatabaseSeesEveryCommittedChange() {
        PersistenceAdapters other = Backends.jpa(backend()).adapters();
        assertThat(searchOn(other, CatalogueQuery.everything()).hits().totalItems()).isEqualTo(7);

        transactions.inTransaction(() -> {
            catalogue.remove(entries.get(0).offeringId());
            catalogue.put(aPackaging().titled("Nytt utbud", "New offering").entryOf(MALMO, "Malmö stad",
                    Instant.parse("2026-12-01T10:00:00Z")));
        });

        CatalogueResult seen = searchOn(other, CatalogueQuery.builder().text("nytt").build());
        assertThat(seen.hits().totalItems()).isOne();
        assertThat(searchOn(other, CatalogueQuery.everything()).count(CatalogueDimension.SUPPLIER, MALMO.toString()))
                .isEqualTo(3);
        assertThat(searchOn(other, CatalogueQuery.everything()).hits().totalItems()).isEqualTo(7);
    }

    @Test
    void anotherInstanceSeesARenamedSupplierOnItsNextSearch() {
        PersistenceAdapters other = Backends.jpa(backend()).adapters();
        assertThat(searchOn(other, CatalogueQuery.everything()).facets().get(CatalogueDimension.SUPPLIER))
                .extracting(FacetCount::label).contains("Malmö stad");

        transactions.inTransaction(() -> catalogue.renameSupplier(MALMO, "Malmö kommun"));

        CatalogueResult seen = searchOn(other, CatalogueQuery.builder().text("tigrinska").build());
        assertThat(seen.hits().items()).singleElement()
                .satisfies(e -> assertThat(e.supplierName()).isEqualTo("Malmö kommun"));
        assertThat(seen.facets().get(CatalogueDimension.SUPPLIER))
                .containsExactly(new FacetCount(MALMO.toString(), "Malmö kommun", 1));
        assertThat(other.transactions().inTransaction(() -> other.catalogue().revision()))
                .isEqualTo(transactions.inTransaction(catalogue::revision));
    }

    private static CatalogueResult searchOn(PersistenceAdapters adapters, CatalogueQuery query) {
        return adapters.transactions().inTransaction(() -> adapters.catalogue().search(query));
    }
}
