package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.offering.OfferingFilter;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.Transactions;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingStatus;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;

/** What every implementation of {@link Offerings} guarantees. */
public abstract class OfferingsContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final PackagingContent FIRST = aPackaging().content();
    private static final PackagingContent SECOND = aPackaging().titled("Studievägledning, ny", "Study guidance, new")
            .pricedAt("1100").content();

    private Offerings offerings;
    private Transactions transactions;
    private Packaging packaging;
    private PersistenceAdapters adapters;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        adapters = Backends.fresh(backend());
        offerings = adapters.offerings();
        transactions = adapters.transactions();
        Organisation ronneby = transactions.inTransaction(() -> adapters.organisations().save(
                anOrganisation().named("Ronneby kommun").playing(OrganisationRole.SUPPLIER).build()));
        packaging = transactions.inTransaction(() -> adapters.packagings().save(
                Packaging.create(PackagingId.newId(), ronneby.id(), FIRST, AT).packaging()));
    }

    private Offering save(Offering offering) {
        return transactions.inTransaction(() -> offerings.save(offering));
    }

    private Offering launch() {
        return Offering.launch(OfferingId.newId(), packaging.id(), packaging.supplier(), OfferingVersionId.newId(), 1,
                FIRST, AT).offering();
    }

    @Test
    void storesAnOfferingWithItsFirstVersionAndFindsItEveryWay() {
        Offering offering = launch();
        Offering saved = save(offering);
        OfferingVersionId versionId = offering.current().id();

        assertThat(saved.version()).isEqualTo(1);
        for (Offering found : new Offering[] {
                transactions.inTransaction(() -> offerings.findById(offering.id())).orElseThrow(),
                transactions.inTransaction(() -> offerings.findByPackaging(packaging.id())).orElseThrow(),
                transactions.inTransaction(() -> offerings.findByVersion(versionId)).orElseThrow()}) {
            assertThat(found.id()).isEqualTo(offering.id());
            assertThat(found.status()).isEqualTo(OfferingStatus.ON_OFFER);
            assertThat(found.current().content()).isEqualTo(FIRST);
            assertThat(found.current().publishedAt()).isEqualTo(AT);
        }
        assertThat(transactions.inTransaction(() -> offerings.findByVersion(OfferingVersionId.newId()))).isEmpty();
    }

    @Test
    void aNewVersionIsAddedAndEveryEarlierVersionStaysAsItWas() {
        Offering stored = save(launch());
        OfferingVersionId first = stored.current().id();
        stored.publishVersion(OfferingVersionId.newId(), 2, SECOND, AT.plusSeconds(3600));

        Offering saved = save(stored);

        assertThat(saved.version()).isEqualTo(2);
        Offering found = transactions.inTransaction(() -> offerings.findById(stored.id())).orElseThrow();
        assertThat(found.versions()).extracting(OfferingVersion::number).containsExactly(1, 2);
        assertThat(found.current().content()).isEqualTo(SECOND);
        assertThat(found.version(first).orElseThrow().content()).isEqualTo(FIRST);
        assertThat(transactions.inTransaction(() -> offerings.findByVersion(first)).orElseThrow().current().number())
                .isEqualTo(2);
    }

    @Test
    void storesStatusChangesAndRefusesAStaleOne() {
        Offering stored = save(launch());
        Offering first = transactions.inTransaction(() -> offerings.findById(stored.id())).orElseThrow();
        Offering second = transactions.inTransaction(() -> offerings.findById(stored.id())).orElseThrow();
        first.suspend("Inga resurser denna termin", AT);
        save(first);
        second.retire("Ersatt", AT);

        assertThatThrownBy(() -> save(second)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(transactions.inTransaction(() -> offerings.findById(stored.id())).orElseThrow().status())
                .isEqualTo(OfferingStatus.SUSPENDED);
    }

    @Test
    void listsASuppliersOfferingsOfEveryStatusPageByPage() {
        Offering onOffer = save(launch());
        Packaging another = transactions.inTransaction(() -> adapters.packagings().save(
                Packaging.create(PackagingId.newId(), packaging.supplier(), FIRST, AT).packaging()));
        Offering suspended = Offering.launch(OfferingId.newId(), another.id(), another.supplier(),
                OfferingVersionId.newId(), 1, FIRST, AT).offering();
        suspended.suspend("Paus", AT);
        save(suspended);

        var all = transactions.inTransaction(() -> offerings.list(OfferingFilter.ofSupplier(packaging.supplier()),
                new PageRequest(0, 1)));
        var second = transactions.inTransaction(() -> offerings.list(OfferingFilter.ofSupplier(packaging.supplier()),
                new PageRequest(1, 1)));
        var onlySuspended = transactions.inTransaction(() -> offerings.list(new OfferingFilter(packaging.supplier(),
                OfferingStatus.SUSPENDED), new PageRequest(0, 10)));
        var nobodys = transactions.inTransaction(() -> offerings.list(OfferingFilter.ofSupplier(
                se.esp.domain.organisation.OrganisationId.newId()), new PageRequest(0, 10)));

        assertThat(all.totalItems()).isEqualTo(2);
        assertThat(List.of(all.items().get(0).id(), second.items().get(0).id()))
                .containsExactlyInAnyOrder(onOffer.id(), suspended.id());
        assertThat(onlySuspended.items()).extracting(Offering::id).containsExactly(suspended.id());
        assertThat(nobodys.totalItems()).isZero();
    }
}
