package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.offering.CatalogueSort;
import se.esp.application.port.in.offering.FacetCount;
import se.esp.application.port.out.Catalogue;
import se.esp.application.port.out.Transactions;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.DeliveryMode;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.Phase;
import se.esp.domain.packaging.ServiceArea;
import se.esp.domain.packaging.TargetGroup;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;

/**
 * What every implementation of {@link Catalogue} guarantees, on a catalogue of seven offerings built here: hits,
 * facet counts per filter, free text in every language, paging and stable sort, a renamed supplier and the revision.
 */
public abstract class CatalogueContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    protected static final OrganisationId RONNEBY = OrganisationId.newId();
    protected static final OrganisationId MALMO = OrganisationId.newId();
    protected static final OrganisationId PARTNER = OrganisationId.newId();

    protected PersistenceAdapters adapters;
    protected Catalogue catalogue;
    protected Transactions transactions;
    protected final List<CatalogueEntry> entries = new ArrayList<>();

    protected abstract Backend backend();

    @BeforeEach
    void aCatalogueOfSevenOfferings() {
        adapters = Backends.fresh(backend());
        catalogue = adapters.catalogue();
        transactions = adapters.transactions();
        entries.clear();
        entries.add(aPackaging().alsoTitled("ar", "التوجيه الدراسي عبر الإنترنت باللغة العربية").inLanguages("ar")
                .entryOf(RONNEBY, "Ronneby kommun", AT.plusSeconds(1)));
        entries.add(aPackaging().titled("Studievägledning online på somaliska", "Study guidance online in Somali")
                .inLanguages("so").entryOf(RONNEBY, "Ronneby kommun", AT.plusSeconds(2)));
        entries.add(aPackaging().titled("Studievägledning online på tigrinska", "Study guidance online in Tigrinya")
                .inLanguages("ti").pricedAt("1150").entryOf(MALMO, "Malmö stad", AT.plusSeconds(3)));
        entries.add(aPackaging().titled("Samhällsorientering online", "Civic orientation online")
                .described("Om samhället, rättigheter och skyldigheter.", "About society, rights and duties.")
                .inPhase(Phase.ESTABLISHMENT).inArea(ServiceArea.CIVIC_ORIENTATION).inLanguages("ar", "so", "ti", "fa")
                .pricedAt("3000").forAges(18, null).entryOf(MALMO, "Malmö stad", AT.plusSeconds(4)));
        entries.add(aPackaging().titled("E-hälsa för vuxenstuderande", "E-health for adult learners")
                .described("Hälsa och egenvård på nätet.", "Health and self-care online.")
                .inPhase(Phase.PREVENTIVE_AND_HEALTH_PROMOTING).inArea(ServiceArea.HEALTH)
                .forGroups(TargetGroup.ADULT_LEARNERS).inLanguages("sv").pricedAt("800").forAges(18, null)
                .entryOf(PARTNER, "Exempel Digital Välfärd AB", AT.plusSeconds(5)));
        entries.add(aPackaging().titled("Förberedande kurs i vård och omsorg", "Preparatory course in care work")
                .described("Digifysisk kurs inför arbete inom vård och omsorg.", "Digi-physical course for care work.")
                .inArea(ServiceArea.VOCATIONAL_TRAINING).forGroups(TargetGroup.NEWLY_ARRIVED, TargetGroup.JOB_SEEKERS)
                .deliveredAs(DeliveryMode.DIGI_PHYSICAL).inLanguages("sv", "ar").pricedAt("6500").forAges(18, 64)
                .entryOf(PARTNER, "Exempel Digital Välfärd AB", AT.plusSeconds(6)));
        entries.add(aPackaging().titled("Seniorernas digitala vardag", "Digital everyday life for seniors")
                .described("Träffar i biblioteket om e-tjänster.", "Meetings at the library about e-services.")
                .inPhase(Phase.DEVELOPING_AND_SUPPORTING).inArea(ServiceArea.DIGITAL_INCLUSION)
                .forGroups(TargetGroup.SENIORS).deliveredAs(DeliveryMode.PHYSICAL).inLanguages("sv")
                .pricedAt("12000").forAges(65, null).entryOf(RONNEBY, "Ronneby kommun", AT.plusSeconds(7)));
        transactions.inTransaction(() -> catalogue.putAll(entries));
    }

    protected CatalogueResult search(CatalogueQuery query) {
        return transactions.inTransaction(() -> catalogue.search(query));
    }

    protected static List<String> titles(CatalogueResult result) {
        return result.hits().items().stream().map(e -> e.titles().in(LanguageCode.SWEDISH).orElseThrow()).toList();
    }

    @Test
    void countsEveryFacetOverTheWholeCatalogue() {
        CatalogueResult all = search(CatalogueQuery.everything());

        assertThat(all.hits().totalItems()).isEqualTo(7);
        assertThat(all.facets().get(CatalogueDimension.PHASE)).containsExactly(
                new FacetCount("PREPARATORY", null, 4), new FacetCount("PREVENTIVE_AND_HEALTH_PROMOTING", null, 1),
                new FacetCount("DEVELOPING_AND_SUPPORTING", null, 1), new FacetCount("ESTABLISHMENT", null, 1));
        assertThat(all.facets().get(CatalogueDimension.DELIVERY_LANGUAGE)).containsExactly(
                new FacetCount("ar", null, 3), new FacetCount("fa", null, 1), new FacetCount("so", null, 2),
                new FacetCount("sv", null, 3), new FacetCount("ti", null, 2));
        assertThat(all.count(CatalogueDimension.DELIVERY_MODE, "DIGITAL")).isEqualTo(5);
        assertThat(all.count(CatalogueDimension.DELIVERY_MODE, "DIGI_PHYSICAL")).isEqualTo(1);
        assertThat(all.count(CatalogueDimension.DELIVERY_MODE, "PHYSICAL")).isEqualTo(1);
        assertThat(all.facets().get(CatalogueDimension.SUPPLIER)).containsExactly(
                new FacetCount(PARTNER.toString(), "Exempel Digital Välfärd AB", 2),
                new FacetCount(MALMO.toString(), "Malmö stad", 2),
                new FacetCount(RONNEBY.toString(), "Ronneby kommun", 3));
        assertThat(all.count(CatalogueDimension.TARGET_GROUP, "NEWLY_ARRIVED")).isEqualTo(5);
        assertThat(all.count(CatalogueDimension.TARGET_GROUP, "SENIORS")).isEqualTo(1);
        assertThat(all.count(CatalogueDimension.TARGET_GROUP, "PUPILS")).isZero();
        assertThat(all.count(CatalogueDimension.SERVICE_AREA, "STUDY_GUIDANCE")).isEqualTo(3);
        assertThat(all.facets().get(CatalogueDimension.PRICE_BAND)).extracting(FacetCount::count)
                .containsExactly(1L, 3L, 1L, 1L, 1L);
        assertThat(all.facets().get(CatalogueDimension.AGE_BAND)).extracting(FacetCount::count)
                .containsExactly(0L, 6L, 6L, 3L);
    }

    @Test
    void filtersCombineAndEachFacetIgnoresOnlyItsOwnFilter() {
        CatalogueResult result = search(CatalogueQuery.builder().phases(Phase.PREPARATORY).deliveryLanguages("ar")
                .build());

        assertThat(titles(result)).containsExactly("Förberedande kurs i vård och omsorg",
                "Studievägledning online på arabiska");
        assertThat(result.count(CatalogueDimension.PHASE, "PREPARATORY")).isEqualTo(2);
        assertThat(result.count(CatalogueDimension.PHASE, "ESTABLISHMENT")).isEqualTo(1);
        assertThat(result.facets().get(CatalogueDimension.DELIVERY_LANGUAGE)).containsExactly(
                new FacetCount("ar", null, 2), new FacetCount("so", null, 1), new FacetCount("sv", null, 1),
                new FacetCount("ti", null, 1));
        assertThat(result.facets().get(CatalogueDimension.SUPPLIER)).extracting(FacetCount::value)
                .containsExactly(PARTNER.toString(), RONNEBY.toString());
        assertThat(result.count(CatalogueDimension.DELIVERY_MODE, "DIGITAL")).isEqualTo(1);
    }

    @Test
    void severalValuesOfOneFilterMatchAnyOfThem() {
        CatalogueResult result = search(CatalogueQuery.builder().deliveryModes(DeliveryMode.PHYSICAL,
                DeliveryMode.DIGI_PHYSICAL).suppliers(RONNEBY, PARTNER).build());

        assertThat(result.hits().totalItems()).isEqualTo(2);
        assertThat(result.count(CatalogueDimension.SUPPLIER, MALMO.toString())).isZero();
        assertThat(result.count(CatalogueDimension.SUPPLIER, RONNEBY.toString())).isEqualTo(1);
    }

    @Test
    void freeTextFindsWordBeginningsInEveryLanguageAndNeedsEveryWord() {
        assertThat(search(CatalogueQuery.builder().text("studie").build()).hits().totalItems()).isEqualTo(3);
        assertThat(titles(search(CatalogueQuery.builder().text("Guidance SOMALI").build())))
                .containsExactly("Studievägledning online på somaliska");
        assertThat(titles(search(CatalogueQuery.builder().text("التوجيه").build())))
                .containsExactly("Studievägledning online på arabiska");
        assertThat(titles(search(CatalogueQuery.builder().text("hälsa").build())))
                .containsExactly("E-hälsa för vuxenstuderande");
        assertThat(titles(search(CatalogueQuery.builder().text("omsorg").build())))
                .containsExactly("Förberedande kurs i vård och omsorg");
        assertThat(search(CatalogueQuery.builder().text("studie tigrinya").build()).hits().totalItems()).isOne();
        assertThat(search(CatalogueQuery.builder().text("kvantfysik").build()).hits().totalItems()).isZero();
        CatalogueResult online = search(CatalogueQuery.builder().text("online").build());
        assertThat(online.hits().totalItems()).isEqualTo(5); // four titles and one English description
        assertThat(online.count(CatalogueDimension.PHASE, "PREPARATORY")).isEqualTo(3);
    }

    @Test
    void freeTextFindsPartsOfCompoundsWordsTypedWithoutDiacriticsInflectedFormsAndOneTypo() {
        List<String> studyGuidance = List.of("Studievägledning online på arabiska",
                "Studievägledning online på somaliska", "Studievägledning online på tigrinska");
        assertThat(titles(search(text("vägledning")))).containsExactlyInAnyOrderElementsOf(studyGuidance);
        assertThat(titles(search(text("studievagledning")))).containsExactlyInAnyOrderElementsOf(studyGuidance);
        assertThat(titles(search(text("Studievägledningen")))).containsExactlyInAnyOrderElementsOf(studyGuidance);
        assertThat(titles(search(text("studievägledinng")))).containsExactlyInAnyOrderElementsOf(studyGuidance);
        assertThat(titles(search(text("orientering")))).containsExactly("Samhällsorientering online");
        assertThat(titles(search(text("samhallsorienteringen")))).containsExactly("Samhällsorientering online");
        assertThat(titles(search(text("omsorgen")))).containsExactly("Förberedande kurs i vård och omsorg");
        assertThat(titles(search(text("learner")))).containsExactly("E-hälsa för vuxenstuderande");
        assertThat(titles(search(text("Seniors'")))).containsExactly("Seniorernas digitala vardag");
        // a typo is tolerated in longer words only: "vårf" is not "vård"
        assertThat(search(text("vårf")).hits().totalItems()).isZero();
    }

    @Test
    void arabicIsFoundWithoutTheArticleWithOtherLetterFormsAndWithDiacritics() {
        for (String variant : List.of("توجيه", "التوجية", "التَّوْجِيهُ", "الانترنت", "العربيه")) {
            assertThat(titles(search(text(variant)))).as(variant).containsExactly("Studievägledning online på arabiska");
        }
    }

    @Test
    void byRelevanceTitlesComeBeforeDescriptionsAndWholeWordsBeforeParts() {
        CatalogueEntry guidance = aPackaging().titled("Vägledning till arbete", "Guidance towards work")
                .described("Samtal om yrken.", "Talks about trades.").entryOf(MALMO, "Malmö stad", AT);
        transactions.inTransaction(() -> catalogue.put(guidance));

        List<String> online = titles(search(text("online")));
        assertThat(online).hasSize(5).last().isEqualTo("E-hälsa för vuxenstuderande"); // online in its description
        assertThat(titles(search(text("vägledning"))).get(0)).isEqualTo("Vägledning till arbete");
        assertThat(search(text("vägledning")).hits().totalItems()).isEqualTo(4);
        // an explicit order is kept
        assertThat(titles(search(CatalogueQuery.builder().text("online").sort(CatalogueSort.TITLE).build())))
                .containsExactly("E-hälsa för vuxenstuderande", "Samhällsorientering online",
                        "Studievägledning online på arabiska", "Studievägledning online på somaliska",
                        "Studievägledning online på tigrinska");
        // without text, relevance is the title order
        assertThat(titles(search(CatalogueQuery.builder().sort(CatalogueSort.RELEVANCE).page(0, 2).build())))
                .containsExactly("E-hälsa för vuxenstuderande", "Förberedande kurs i vård och omsorg");
        // pages by relevance never overlap
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(titles(search(CatalogueQuery.builder().text("online").page(page, 2).build())));
        }
        assertThat(paged).isEqualTo(online);
    }

    @Test
    void aSetOfOfferingsRestrictsTheHitsAndTheirFacets() {
        Set<OfferingId> two = Set.of(entries.get(1).offeringId(), entries.get(3).offeringId());

        CatalogueResult restricted = search(CatalogueQuery.builder().offerings(two).build());

        assertThat(titles(restricted)).containsExactly("Samhällsorientering online",
                "Studievägledning online på somaliska");
        assertThat(restricted.count(CatalogueDimension.DELIVERY_LANGUAGE, "so")).isEqualTo(2);
        assertThat(restricted.count(CatalogueDimension.PHASE, "PREPARATORY")).isEqualTo(1);
        assertThat(restricted.count(CatalogueDimension.PHASE, "ESTABLISHMENT")).isEqualTo(1);
        assertThat(titles(search(CatalogueQuery.builder().text("online").offerings(two).build())))
                .containsExactlyInAnyOrder("Samhällsorientering online", "Studievägledning online på somaliska");
        assertThat(search(CatalogueQuery.builder().text("omsorg").offerings(two).build()).hits().totalItems())
                .isZero();
        assertThat(search(CatalogueQuery.builder().offerings(two).phases(Phase.ESTABLISHMENT).build()).hits()
                .totalItems()).isOne();
        assertThat(search(CatalogueQuery.builder().offerings(Set.of(OfferingId.newId())).build()).hits()
                .totalItems()).isZero();
        assertThat(search(CatalogueQuery.builder().offerings(Set.of()).build()).hits().totalItems()).isEqualTo(7);
    }

    private static CatalogueQuery text(String text) {
        return CatalogueQuery.builder().text(text).build();
    }

    @Test
    void filtersByPriceRangeAndByEligibleAge() {
        CatalogueResult priced = search(CatalogueQuery.builder().price(Money.parse("1000"), Money.parse("3000")).build());
        assertThat(priced.hits().totalItems()).isEqualTo(4);
        assertThat(priced.facets().get(CatalogueDimension.PRICE_BAND)).extracting(FacetCount::count)
                .containsExactly(1L, 3L, 1L, 1L, 1L);
        assertThat(priced.count(CatalogueDimension.PHASE, "PREPARATORY")).isEqualTo(3);

        CatalogueResult seventy = search(CatalogueQuery.builder().eligibleAge(70).build());
        assertThat(titles(seventy)).containsExactly("E-hälsa för vuxenstuderande", "Samhällsorientering online",
                "Seniorernas digitala vardag");
        assertThat(seventy.count(CatalogueDimension.AGE_BAND, "YOUTH")).isEqualTo(6);
    }

    @Test
    void anOfferingRestrictionLimitsHitsAndFacetsToThoseOfferingsAndAnEmptyOneRestrictsNothing() {
        CatalogueEntry somali = entries.get(1);
        CatalogueEntry civic = entries.get(3);
        CatalogueResult two = search(CatalogueQuery.builder()
                .offerings(java.util.Set.of(somali.offeringId(), civic.offeringId())).build());
        assertThat(titles(two)).containsExactly("Samhällsorientering online", "Studievägledning online på somaliska");
        assertThat(two.count(CatalogueDimension.DELIVERY_LANGUAGE, "so")).isEqualTo(2);
        assertThat(two.count(CatalogueDimension.DELIVERY_LANGUAGE, "ti")).isEqualTo(1);
        assertThat(two.count(CatalogueDimension.SUPPLIER, MALMO.toString())).isEqualTo(1);

        CatalogueResult withText = search(CatalogueQuery.builder().text("studievägledning")
                .offerings(java.util.Set.of(somali.offeringId(), civic.offeringId())).build());
        assertThat(titles(withText)).containsExactly("Studievägledning online på somaliska");

        CatalogueResult unknown = search(CatalogueQuery.builder()
                .offerings(java.util.Set.of(se.esp.domain.offering.OfferingId.newId())).build());
        assertThat(unknown.hits().totalItems()).isZero();
        assertThat(search(CatalogueQuery.builder().offerings(java.util.Set.of()).build()).hits().totalItems())
                .isEqualTo(7);
    }

    @Test
    void pagesInAStableOrderThatNeverOverlaps() {
        CatalogueResult first = search(CatalogueQuery.builder().page(0, 3).build());
        CatalogueResult second = search(CatalogueQuery.builder().page(1, 3).build());
        CatalogueResult third = search(CatalogueQuery.builder().page(2, 3).build());

        assertThat(titles(first)).containsExactly("E-hälsa för vuxenstuderande", "Förberedande kurs i vård och omsorg",
                "Samhällsorientering online");
        assertThat(titles(second)).containsExactly("Seniorernas digitala vardag", "Studievägledning online på arabiska",
                "Studievägledning online på somaliska");
        assertThat(titles(third)).containsExactly("Studievägledning online på tigrinska");
        assertThat(first.hits().totalPages()).isEqualTo(3);
        assertThat(titles(search(CatalogueQuery.builder().sort(CatalogueSort.PRICE_ASCENDING).page(0, 4).build())))
                .containsExactly("E-hälsa för vuxenstuderande", "Studievägledning online på tigrinska",
                        "Studievägledning online på arabiska", "Studievägledning online på somaliska");
        assertThat(titles(search(CatalogueQuery.builder().sort(CatalogueSort.NEWEST).page(0, 2).build())))
                .containsExactly("Seniorernas digitala vardag", "Förberedande kurs i vård och omsorg");
    }

    @Test
    void breaksTiesInTheSortOrderByOfferingId() {
        CatalogueEntry twin = aPackaging().titled("Seniorernas digitala vardag", "Twin")
                .entryOf(MALMO, "Malmö stad", AT);
        transactions.inTransaction(() -> catalogue.put(twin));
        CatalogueEntry original = entries.get(6);

        List<CatalogueEntry> hits = search(CatalogueQuery.builder().text("seniorernas").build()).hits().items();

        CatalogueEntry expectedFirst = original.offeringId().value().compareTo(twin.offeringId().value()) < 0
                ? original : twin;
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).offeringId()).isEqualTo(expectedFirst.offeringId());
    }

    @Test
    void aNewEntryOfAnOfferingReplacesItsOldOneAndARemovedOfferingIsGone() {
        CatalogueEntry old = entries.get(0);
        CatalogueEntry revised = new CatalogueEntry(old.offeringId(), se.esp.domain.shared.OfferingVersionId.newId(),
                2, old.supplierId(), old.supplierName(),
                LocalisedText.svEn("Studievägledning på arabiska, reviderad", "Study guidance in Arabic, revised"),
                old.descriptions(), old.phase(), old.serviceArea(), old.targetGroups(), old.deliveryLanguages(),
                old.deliveryMode(), Money.parse("1100"), old.minAge(), old.maxAge(), AT.plusSeconds(100));
        transactions.inTransaction(() -> {
            catalogue.put(revised);
            catalogue.remove(entries.get(6).offeringId());
        });

        CatalogueResult all = search(CatalogueQuery.everything());
        assertThat(all.hits().totalItems()).isEqualTo(6);
        assertThat(search(CatalogueQuery.builder().text("reviderad").build()).hits().items())
                .singleElement().satisfies(e -> assertThat(e.versionNumber()).isEqualTo(2));
        assertThat(search(CatalogueQuery.builder().text("التوجيه").build()).hits().totalItems()).isZero();
        assertThat(all.count(CatalogueDimension.SUPPLIER, RONNEBY.toString())).isEqualTo(2);
        assertThat(all.count(CatalogueDimension.PHASE, "DEVELOPING_AND_SUPPORTING")).isZero();
    }

    @Test
    void aFailedTransactionLeavesTheCatalogueAsItWas() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            catalogue.remove(entries.get(0).offeringId());
            catalogue.put(aPackaging().titled("Spökutbud", "Ghost").entryOf(MALMO, "Malmö stad", AT));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        CatalogueResult all = search(CatalogueQuery.everything());
        assertThat(all.hits().totalItems()).isEqualTo(7);
        assertThat(search(CatalogueQuery.builder().text("spökutbud").build()).hits().totalItems()).isZero();
    }

    @Test
    void aRenamedSupplierIsFoundUnderItsNewNameAtOnceAndTheRevisionMovesOn() {
        long before = transactions.inTransaction(catalogue::revision);

        transactions.inTransaction(() -> catalogue.renameSupplier(RONNEBY, "Alby kommun"));

        assertThat(transactions.inTransaction(catalogue::revision)).isGreaterThan(before);
        CatalogueResult studyGuidance = search(CatalogueQuery.builder().text("studievägledning").build());
        assertThat(studyGuidance.hits().items()).extracting(CatalogueEntry::supplierName)
                .containsExactlyInAnyOrder("Alby kommun", "Alby kommun", "Malmö stad");
        // the supplier facet is sorted by name: the new name moves Ronneby's offerings first
        assertThat(search(CatalogueQuery.everything()).facets().get(CatalogueDimension.SUPPLIER)).containsExactly(
                new FacetCount(RONNEBY.toString(), "Alby kommun", 3),
                new FacetCount(PARTNER.toString(), "Exempel Digital Välfärd AB", 2),
                new FacetCount(MALMO.toString(), "Malmö stad", 2));
        CatalogueResult filtered = search(CatalogueQuery.builder().suppliers(RONNEBY).build());
        assertThat(filtered.hits().items()).hasSize(3).allSatisfy(e -> {
            assertThat(e.supplierName()).isEqualTo("Alby kommun");
            assertThat(e.supplierId()).isEqualTo(RONNEBY);
        });
        // nothing else about the entries changed
        assertThat(filtered.hits().items()).extracting(CatalogueEntry::versionId).containsExactlyInAnyOrder(
                entries.get(0).versionId(), entries.get(1).versionId(), entries.get(6).versionId());
        assertThat(search(CatalogueQuery.builder().text("seniorernas").build()).hits().items()).singleElement()
                .isEqualTo(entries.get(6).withSupplierName("Alby kommun"));
    }

    @Test
    void renamingASupplierWithoutEntriesOrToItsOwnNameChangesNothing() {
        long before = transactions.inTransaction(catalogue::revision);

        transactions.inTransaction(() -> {
            catalogue.renameSupplier(OrganisationId.newId(), "Kommun utan utbud");
            catalogue.renameSupplier(MALMO, "Malmö stad");
        });

        assertThat(transactions.inTransaction(catalogue::revision)).isEqualTo(before);
        assertThat(search(CatalogueQuery.everything()).facets().get(CatalogueDimension.SUPPLIER))
                .extracting(FacetCount::label)
                .containsExactly("Exempel Digital Välfärd AB", "Malmö stad", "Ronneby kommun");
    }

    @Test
    void aRemovedEntryIsNotBroughtBackByARename() {
        transactions.inTransaction(() -> catalogue.remove(entries.get(6).offeringId()));

        transactions.inTransaction(() -> catalogue.renameSupplier(RONNEBY, "Alby kommun"));

        CatalogueResult all = search(CatalogueQuery.everything());
        assertThat(all.hits().totalItems()).isEqualTo(6);
        assertThat(all.count(CatalogueDimension.SUPPLIER, RONNEBY.toString())).isEqualTo(2);
        assertThat(search(CatalogueQuery.builder().text("seniorernas").build()).hits().totalItems()).isZero();
    }

    @Test
    void aRenameInAFailedTransactionIsUndone() {
        long before = transactions.inTransaction(catalogue::revision);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            catalogue.renameSupplier(MALMO, "Staden som aldrig blev");
            throw new IllegalStateException("the organisation could not be saved");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(transactions.inTransaction(catalogue::revision)).isEqualTo(before);
        assertThat(search(CatalogueQuery.builder().suppliers(MALMO).build()).hits().items())
                .extracting(CatalogueEntry::supplierName).containsExactly("Malmö stad", "Malmö stad");
    }
}
