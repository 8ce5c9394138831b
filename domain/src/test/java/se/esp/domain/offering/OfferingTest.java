package se.esp.domain.offering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;

class OfferingTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final PackagingContent FIRST = content("Samhällsorientering");
    private static final PackagingContent SECOND = content("Samhällsorientering, reviderad");

    private static PackagingContent content(String title) {
        return new PackagingContent(LocalisedText.svEn(title, "Civic orientation"), null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private static Offering launched() {
        return Offering.launch(OfferingId.newId(), PackagingId.newId(), OrganisationId.newId(),
                OfferingVersionId.newId(), 1, FIRST, AT).offering();
    }

    @Test
    void aNewVersionBecomesCurrentAndEveryEarlierVersionStaysReadable() {
        Offering offering = launched();
        OfferingVersionId first = offering.current().id();

        OfferingVersionPublished published = offering.publishVersion(OfferingVersionId.newId(), 2, SECOND, AT);

        assertThat(published.versionNumber()).isEqualTo(2);
        assertThat(offering.current().content()).isEqualTo(SECOND);
        assertThat(offering.version(first).orElseThrow().content()).isEqualTo(FIRST);
        assertThat(offering.versions()).extracting(OfferingVersion::number).containsExactly(1, 2);
    }

    @Test
    void isSuspendedResumedAndRetiredButARetiredOfferingTakesNoNewVersion() {
        Offering offering = launched();

        offering.suspend("Supplier lacks resources this term", AT);
        assertThat(offering.isOnOffer()).isFalse();
        offering.resume(AT);
        assertThat(offering.isOnOffer()).isTrue();
        offering.retire("Replaced by a national offering", AT);

        assertThat(offering.status()).isEqualTo(OfferingStatus.RETIRED);
        assertThatThrownBy(() -> offering.publishVersion(OfferingVersionId.newId(), 2, SECOND, AT))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.OFFERING_STATUS_CONFLICT));
        assertThat(offering.versions()).hasSize(1);
    }

    @Test
    void onlyAnOfferingOnOfferCanBeSuspended() {
        Offering offering = launched();
        offering.retire("Gone", AT);

        assertThatThrownBy(() -> offering.suspend("Again", AT)).isInstanceOf(DomainException.class);
    }
}
