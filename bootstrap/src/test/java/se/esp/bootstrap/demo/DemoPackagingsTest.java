package se.esp.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.memory.InMemoryPersistence;
import se.esp.application.offering.OfferingService;
import se.esp.application.organisation.OrganisationService;
import se.esp.application.packaging.PackagingService;
import se.esp.application.packaging.ReviewChecklistService;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.CatalogueDimension;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.security.ActingUser;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.packaging.TransactionFeeRate;

/** The demo packagings, loaded through the use cases over in-memory storage, as the demo run does over H2. */
class DemoPackagingsTest {

    private final InMemoryPersistence storage = new InMemoryPersistence();
    private final Clock clock = Clock.systemUTC();
    private final OrganisationService organisations = new OrganisationService(storage.organisations(),
            storage.catalogue(), storage.outbox(), storage.transactions(), clock);
    private final PackagingService packagings = new PackagingService(storage.packagings(), storage.offerings(),
            storage.organisations(), storage.reviewChecklists(), storage.catalogue(),
            date -> TransactionFeeRate.percent("5"), storage.outbox(), storage.transactions(), clock);
    private final OfferingService offerings = new OfferingService(storage.offerings(), storage.organisations(),
            storage.catalogue(), storage.outbox(), storage.transactions(), clock);
    private final DemoPackagings.UseCases useCases = new DemoPackagings.UseCases(organisations, packagings,
            packagings, packagings, packagings, new ReviewChecklistService(storage.reviewChecklists(),
            storage.outbox(), storage.transactions(), clock));
    private final ActingUser admin = ActingUser.system("test");

    @Test
    void makesPackagingsInSeveralStatesOnceAndListsThePublishedOnes() {
        DemoOrganisations.load(organisations);

        int first = DemoPackagings.load(useCases);
        int second = DemoPackagings.load(useCases);

        assertThat(first).isEqualTo(DemoPackagings.demos().size());
        assertThat(second).isZero();
        List<Packaging> all = packagings.list(admin, PackagingFilter.all(), new PageRequest(0, 100)).items();
        assertThat(all).hasSize(first);
        assertThat(all).extracting(Packaging::status).contains(PackagingStatus.PUBLISHED, PackagingStatus.IN_REVIEW,
                PackagingStatus.RETURNED, PackagingStatus.SUBMITTED, PackagingStatus.DRAFT);
        CatalogueResult catalogue = offerings.search(admin, CatalogueQuery.everything());
        assertThat(catalogue.hits().totalItems()).isEqualTo(5);
        assertThat(catalogue.count(CatalogueDimension.DELIVERY_LANGUAGE, "ar")).isEqualTo(3);
        assertThat(offerings.search(admin, CatalogueQuery.builder().text("التوجيه").build()).hits().totalItems())
                .isOne();
        assertThat(offerings.search(admin, CatalogueQuery.builder().text("omsorg").build()).hits().items())
                .singleElement().satisfies(e -> assertThat(e.supplierName()).contains("fiktiv demopartner"));
    }

    @Test
    void withoutTheDemoOrganisationsItMakesNothing() {
        assertThat(DemoPackagings.load(useCases)).isZero();
    }
}
