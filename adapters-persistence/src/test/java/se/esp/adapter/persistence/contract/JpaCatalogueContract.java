package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.jpa.JpaPersistence;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.FacetCount;

/**
 * The database backends are shared by several server instances, each with its own index: a change committed
 * through one instance is found by every other on its next search; an index kept on disk is reloaded at start and
 * caught up with the changes made while its server was down, or built again when it does not match the database
 * or was written in an earlier format.
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

    @Test
    void aServerKeepingItsIndexOnDiskStartsFromItAndCatchesUpWithChangesMadeWhileItWasDown(@TempDir Path directory) {
        JpaPersistence first = Backends.jpa(backend()).adapters(directory);
        assertThat(searchOn(first, CatalogueQuery.builder().text("vägledning").build()).hits().totalItems())
                .isEqualTo(3);
        first.closeCatalogueIndex();

        transactions.inTransaction(() -> {
            catalogue.remove(entries.get(1).offeringId());
            catalogue.put(aPackaging().titled("Yrkesvägledning för vuxna", "Career guidance for adults")
                    .entryOf(MALMO, "Malmö stad", Instant.parse("2026-12-01T10:00:00Z")));
        });
        JpaPersistence restarted = Backends.jpa(backend()).adapters(directory);
        try {
            assertThat(titles(searchOn(restarted, CatalogueQuery.builder().text("vägledning").build())))
                    .containsExactlyInAnyOrder("Studievägledning online på arabiska",
                            "Studievägledning online på tigrinska", "Yrkesvägledning för vuxna");
            CatalogueResult all = searchOn(restarted, CatalogueQuery.everything());
            assertThat(all.hits().totalItems()).isEqualTo(7);
            assertThat(all.count(CatalogueDimension.SUPPLIER, MALMO.toString())).isEqualTo(3);

            // and, running, it follows changes made through another server at its next search
            transactions.inTransaction(() -> catalogue.remove(entries.get(2).offeringId()));
            assertThat(titles(searchOn(restarted, CatalogueQuery.builder().text("vägledning").build())))
                    .containsExactlyInAnyOrder("Studievägledning online på arabiska", "Yrkesvägledning för vuxna");
        } finally {
            restarted.closeCatalogueIndex();
        }
    }

    @Test
    void anIndexOnDiskThatNoLongerMatchesTheDatabaseIsBuiltAgain(@TempDir Path directory) {
        JpaPersistence first = Backends.jpa(backend()).adapters(directory);
        assertThat(searchOn(first, CatalogueQuery.everything()).hits().totalItems()).isEqualTo(7);
        first.closeCatalogueIndex();

        PersistenceAdapters emptied = Backends.fresh(backend()); // the same revision number, other rows
        emptied.transactions().inTransaction(() -> emptied.catalogue().put(aPackaging()
                .titled("Ensamt utbud", "A lone offering").entryOf(MALMO, "Malmö stad", Instant.now())));
        JpaPersistence restarted = Backends.jpa(backend()).adapters(directory);
        try {
            assertThat(titles(searchOn(restarted, CatalogueQuery.everything()))).containsExactly("Ensamt utbud");
            assertThat(searchOn(restarted, CatalogueQuery.builder().text("vägledning").build()).hits().totalItems())
                    .isZero();
        } finally {
            restarted.closeCatalogueIndex();
        }
    }

    @Test
    void anIndexOnDiskKeptInAnEarlierFormatIsBuiltAgainFromTheTable(@TempDir Path directory) throws Exception {
        long revision = transactions.inTransaction(catalogue::revision);
        // what an earlier version left: the entry as a stored field, the commit naming only the revision
        try (IndexWriter earlier = new IndexWriter(FSDirectory.open(directory), new IndexWriterConfig())) {
            Document document = new Document();
            document.add(new NumericDocValuesField("slot", 0));
            document.add(new StoredField("slot", 0));
            document.add(new StoredField("entry", "{\"offeringId\":\"not an entry of this version\"}"));
            earlier.addDocument(document);
            earlier.setLiveCommitData(Map.of("revision", Long.toString(revision)).entrySet());
            earlier.commit();
        }

        JpaPersistence restarted = Backends.jpa(backend()).adapters(directory);
        try {
            assertThat(searchOn(restarted, CatalogueQuery.everything()).hits().totalItems()).isEqualTo(7);
            assertThat(searchOn(restarted, CatalogueQuery.builder().text("vägledning").build()).hits().totalItems())
                    .isEqualTo(3);
        } finally {
            restarted.closeCatalogueIndex();
        }
        JpaPersistence again = Backends.jpa(backend()).adapters(directory); // and the rebuilt index reloads
        try {
            assertThat(titles(searchOn(again, CatalogueQuery.builder().text("vägledning").build())))
                    .containsExactlyInAnyOrderElementsOf(titles(searchOn(Backends.jpa(backend()).adapters(),
                            CatalogueQuery.builder().text("vägledning").build())));
        } finally {
            again.closeCatalogueIndex();
        }
    }

    private static CatalogueResult searchOn(PersistenceAdapters adapters, CatalogueQuery query) {
        return adapters.transactions().inTransaction(() -> adapters.catalogue().search(query));
    }
}
