package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;
import static se.esp.adapter.persistence.testing.PackagingFixtures.aPackaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.PersistenceAdapters;
import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.Transactions;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.SessionPlan;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.ComponentKind;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.ResourceRequirement;
import se.esp.domain.packaging.Setting;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * What every implementation of {@link OfferingRequirements} guarantees: the requirement of each asked offering
 * version whose offering is on offer, derived from the version's own published content — its languages, group size,
 * the competences its resourced components need, and its sessions.
 */
public abstract class OfferingRequirementsContract {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    /** Ten online sessions of 60 minutes, two a week, needing a study guide; two languages; groups of 3 to 8. */
    private static final PackagingContent STUDY_GUIDANCE = aPackaging().inLanguages("ar", "ti")
            .withComponents(new Component(ComponentKind.GROUP_SESSION, 10, 60, Setting.ONLINE,
                            new ResourceRequirement(new CompetenceCode("study-guidance"), BigDecimal.ONE)),
                    new Component(ComponentKind.SELF_STUDY_MODULE, 1, 120, Setting.ONLINE, null),
                    new Component(ComponentKind.ASSESSMENT, 1, 90, Setting.ONLINE,
                            new ResourceRequirement(new CompetenceCode("civic-orientation"), BigDecimal.ONE)))
            .content().withSessionsPerWeek(2);

    private PersistenceAdapters adapters;
    private Transactions transactions;
    private Offerings offerings;
    private Organisation supplier;

    protected abstract Backend backend();

    @BeforeEach
    void emptyStorage() {
        adapters = Backends.fresh(backend());
        transactions = adapters.transactions();
        offerings = adapters.offerings();
        supplier = transactions.inTransaction(() -> adapters.organisations().save(
                anOrganisation().named("Ronneby kommun").playing(OrganisationRole.SUPPLIER).build()));
    }

    private OfferingRequirements requirements() {
        return adapters.offeringRequirements();
    }

    private Offering published(PackagingContent content) {
        Packaging packaging = transactions.inTransaction(() -> adapters.packagings().save(
                Packaging.create(PackagingId.newId(), supplier.id(), content, AT).packaging()));
        return transactions.inTransaction(() -> offerings.save(Offering.launch(OfferingId.newId(), packaging.id(),
                supplier.id(), OfferingVersionId.newId(), 1, content, AT).offering()));
    }

    private List<OfferingRequirement> onOffer(OfferingVersionId... versions) {
        return transactions.inTransaction(() -> requirements().onOffer(List.of(versions)));
    }

    @Test
    void derivesTheRequirementFromThePublishedVersion() {
        Offering offering = published(STUDY_GUIDANCE);
        OfferingVersionId version = offering.current().id();

        List<OfferingRequirement> found = onOffer(version, OfferingVersionId.newId());

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.offeringVersion()).isEqualTo(version);
            assertThat(r.title()).isEqualTo("Study guidance online in Arabic");
            assertThat(r.competences()).containsExactly(new CompetenceCode("civic-orientation"),
                    new CompetenceCode("study-guidance"));
            assertThat(r.languages()).containsExactly(LanguageCode.of("ar"), LanguageCode.of("ti"));
            assertThat(r.groupSize()).isEqualTo(new GroupSize(4, 12));
            // 11 resourced sessions, two a week, each as long as the longest (90 min): six weeks
            assertThat(r.sessions()).isEqualTo(new SessionPlan(2, 90, 6));
        });
        assertThat(onOffer()).isEmpty();
    }

    @Test
    void everyVersionOfAnOfferingOnOfferCountsAndOnlyWhileItIsOnOffer() {
        Offering offering = published(STUDY_GUIDANCE);
        OfferingVersionId first = offering.current().id();
        offering.publishVersion(OfferingVersionId.newId(), 2, aPackaging().inLanguages("so").content(), AT);
        Offering revised = transactions.inTransaction(() -> offerings.save(offering));
        OfferingVersionId second = revised.current().id();

        assertThat(onOffer(first, second)).extracting(OfferingRequirement::offeringVersion)
                .containsExactlyInAnyOrder(first, second);

        revised.suspend("Inga resurser", AT);
        Offering suspended = transactions.inTransaction(() -> offerings.save(revised));
        assertThat(onOffer(first, second)).isEmpty();

        suspended.resume(AT);
        Offering resumed = transactions.inTransaction(() -> offerings.save(suspended));
        assertThat(onOffer(second)).extracting(r -> r.languages()).containsExactly(Set.of(LanguageCode.of("so")));

        resumed.retire("Ersatt", AT);
        transactions.inTransaction(() -> offerings.save(resumed));
        assertThat(onOffer(first, second)).isEmpty();
    }

    @Test
    void aVersionWhoseComponentsNeedNoPersonHasNothingToMatch() {
        Offering selfStudy = published(aPackaging().withComponents(
                new Component(ComponentKind.SELF_STUDY_MODULE, 1, 120, Setting.ONLINE, null)).content());

        assertThat(onOffer(selfStudy.current().id())).isEmpty();
    }
}
