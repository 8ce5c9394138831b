package se.esp.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

class ApplicationTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    static Application received() {
        return Application.submit(ApplicationId.newId(), OrganisationId.newId(), "case-officer", null,
                OfferingId.newId(), OfferingVersionId.newId(), OrganisationId.newId(),
                List.of(new ApplicationParticipant(ParticipantId.newId(), Set.of(), Answers.none()),
                        new ApplicationParticipant(ParticipantId.newId(), Set.of(), Answers.none())),
                LanguageCode.of("ti"), LocalDate.of(2026, 12, 7), false, AT).application();
    }

    @Test
    void isReceivedThenWaitlistedWithItsReasonThenMatched() {
        Application application = received();
        assertThat(application.status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(application.asWaiting().participants()).isEqualTo(2);

        var waited = application.waitlist("NO_ELIGIBLE_RESOURCE", "No verified resource speaks Tigrinya.", AT);
        assertThat(waited).hasValueSatisfying(e -> {
            assertThat(e.previousStatus()).isEqualTo(ApplicationStatus.RECEIVED);
            assertThat(e.status()).isEqualTo(ApplicationStatus.WAITLISTED);
            assertThat(e.reasonCode()).isEqualTo("NO_ELIGIBLE_RESOURCE");
        });
        assertThat(application.waitlist("NO_ELIGIBLE_RESOURCE", "Still nobody.", AT)).isEmpty();
        assertThat(application.explanation()).hasValue("Still nobody.");

        DeliveryId delivery = DeliveryId.newId();
        var matched = application.match(delivery, "Opened a new Tigrinya delivery.", AT);
        assertThat(matched.deliveryId()).isEqualTo(delivery);
        assertThat(application.status()).isEqualTo(ApplicationStatus.MATCHED);
        assertThat(application.waitReason()).isEmpty();
    }

    @Test
    void runsThroughConfirmationStartAndCompletion() {
        Application application = received();
        application.match(DeliveryId.newId(), "Placed.", AT);
        application.confirm(AT);
        application.start(AT);
        assertThatThrownBy(() -> application.cancel(null, AT)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.APPLICATION_STATUS_CONFLICT));
        assertThat(application.complete(AT).status()).isEqualTo(ApplicationStatus.COMPLETED);
    }

    @Test
    void goesBackToWaitingWhenItsDeliveryIsCancelledBeforeTheStart() {
        Application application = received();
        DeliveryId delivery = DeliveryId.newId();
        application.match(delivery, "Placed.", AT);

        var event = application.returnToWaiting("The supplier cancelled the delivery.", AT);

        assertThat(event.deliveryId()).isEqualTo(delivery);
        assertThat(event.reasonCode()).isEqualTo(Application.DELIVERY_CANCELLED);
        assertThat(application.status().isWaiting()).isTrue();
        assertThat(application.delivery()).isEmpty();
    }

    @Test
    void isCancelledOrRejectedOnlyBeforeTheStart() {
        Application cancelled = received();
        cancelled.cancel("", AT);
        assertThat(cancelled.explanation()).hasValue("Cancelled by the consumer.");
        assertThatThrownBy(() -> cancelled.match(DeliveryId.newId(), "x", AT)).isInstanceOf(DomainException.class);

        Application rejected = received();
        rejected.reject("The participants are not newly arrived.", AT);
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.status().isFinal()).isTrue();
    }
}
