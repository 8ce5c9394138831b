package se.esp.adapter.web.console.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.delivery.DeliveryId;

class ApplicationsPageTest {

    private final ApplicationsPage page = new ApplicationsPage();

    /** A Faces context with no view, so the texts are Swedish, without a Faces implementation on the class path. */
    private abstract static class NoView extends jakarta.faces.context.FacesContext {
        static void use(jakarta.faces.context.FacesContext context) {
            setCurrentInstance(context);
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void wire() {
        NoView.use(mock(jakarta.faces.context.FacesContext.class));
    }

    @org.junit.jupiter.api.AfterEach
    void release() {
        NoView.use(null);
    }

    @Test
    void saysWhichDeliveryAnApplicationIsInOrWhyItWaits() {
        DeliveryId delivery = new DeliveryId(UUID.fromString("aab7b23f-0000-4000-8000-000000000000"));
        assertThat(page.decision(application(ApplicationStatus.MATCHED, delivery, null)))
                .isEqualTo("I leverans AAB7B23F");
        assertThat(page.decision(application(ApplicationStatus.WAITLISTED, null, "MINIMUM_GROUP_NOT_REACHED")))
                .isEqualTo("Minsta gruppstorlek är inte nådd");
        assertThat(page.decision(application(ApplicationStatus.RECEIVED, null, "DELIVERY_CANCELLED")))
                .isEqualTo("Leveransen ställdes in; väntar på en ny");
        assertThat(page.decision(application(ApplicationStatus.RECEIVED, null, null)))
                .isEqualTo("Väntar på matchning");
        assertThat(page.decision(application(ApplicationStatus.CANCELLED, delivery, null)))
                .as("a cancelled application's places are freed").isEmpty();
    }

    private static Application application(ApplicationStatus status, DeliveryId delivery, String waitReason) {
        Application application = mock(Application.class);
        when(application.status()).thenReturn(status);
        when(application.delivery()).thenReturn(Optional.ofNullable(delivery));
        when(application.waitReason()).thenReturn(Optional.ofNullable(waitReason));
        return application;
    }
}
