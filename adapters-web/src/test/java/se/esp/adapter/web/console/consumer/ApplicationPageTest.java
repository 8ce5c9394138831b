package se.esp.adapter.web.console.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.adapter.web.console.ConsoleSession;
import se.esp.application.port.in.application.ApplicationChange;
import se.esp.application.port.in.application.ChangeApplicationUseCase;
import se.esp.application.port.in.application.GetApplicationQuery;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.application.port.in.delivery.GetDeliveryQuery;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.port.in.offering.OfferingVersionView;
import se.esp.application.port.in.participant.GetParticipantQuery;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.delivery.CostShare;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.ApplicationForm;
import se.esp.domain.packaging.Choice;
import se.esp.domain.packaging.FieldType;
import se.esp.domain.packaging.FormField;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/** The application page reads everything personal through the use cases that audit-log it, as the signed-in user. */
class ApplicationPageTest {

    private static final OrganisationId OLOFSTROM = new OrganisationId(UUID.randomUUID());
    private static final ActingUser CASE_OFFICER = new ActingUser("demo:olofstrom-consumer", OLOFSTROM,
            Set.of(UserRole.CONSUMER_STAFF));
    private final ApplicationId id = ApplicationId.newId();
    private final ParticipantId amina = new ParticipantId(UUID.randomUUID());
    private final DeliveryId deliveryId = new DeliveryId(UUID.randomUUID());
    private final ApplicationPage page = new ApplicationPage();
    private final Application application = mock(Application.class);

    /** A Faces context with no view, so the texts are Swedish, without a Faces implementation on the class path. */
    private abstract static class NoView extends FacesContext {
        static void use(FacesContext context) {
            setCurrentInstance(context);
        }
    }

    @BeforeEach
    void wire() {
        NoView.use(mock(FacesContext.class));
        page.session = mock(ConsoleSession.class);
        when(page.session.actor()).thenReturn(CASE_OFFICER);
        page.applications = mock(GetApplicationQuery.class);
        page.participants = mock(GetParticipantQuery.class);
        page.offerings = mock(FindOfferingsQuery.class);
        page.deliveries = mock(GetDeliveryQuery.class);
        page.change = mock(ChangeApplicationUseCase.class);
        page.setId(id.toString());

        OfferingVersionId versionId = OfferingVersionId.newId();
        when(application.id()).thenReturn(id);
        when(application.version()).thenReturn(3L);
        when(application.offeringVersion()).thenReturn(versionId);
        when(application.status()).thenReturn(ApplicationStatus.MATCHED);
        when(application.delivery()).thenReturn(Optional.of(deliveryId));
        when(application.participants()).thenReturn(List.of(new ApplicationParticipant(amina, Set.of(),
                new Answers(Map.of("goal", "studies", "needsComputer", "true")))));
        when(page.applications.get(CASE_OFFICER, id)).thenReturn(application);

        PackagingContent content = mock(PackagingContent.class);
        when(content.applicationForm()).thenReturn(new ApplicationForm(List.of(
                new FormField("goal", LocalisedText.svEn("Mål", "Goal"), FieldType.CHOICE, true, List.of(
                        new Choice("studies", LocalisedText.svEn("Studier", "Studies")),
                        new Choice("work", LocalisedText.svEn("Arbete", "Work")))),
                new FormField("needsComputer", LocalisedText.svEn("Behöver låna dator", "Needs a computer"),
                        FieldType.YES_NO, false, List.of()),
                new FormField("notes", LocalisedText.svEn("Övrigt", "Notes"), FieldType.TEXT, false, List.of()))));
        OfferingVersion version = mock(OfferingVersion.class);
        when(version.content()).thenReturn(content);
        OfferingVersionView view = mock(OfferingVersionView.class);
        when(view.version()).thenReturn(version);
        when(page.offerings.version(CASE_OFFICER, versionId)).thenReturn(view);

        Participant participant = mock(Participant.class);
        when(participant.detailsIfAny()).thenReturn(Optional.of(new ParticipantDetails(
                new ParticipantName("Amina Yusuf"), null, new PreferredLanguage("ar"), null)));
        when(page.participants.get(CASE_OFFICER, amina)).thenReturn(participant);
    }

    @AfterEach
    void release() {
        NoView.use(null);
    }

    @Test
    void readsTheAnswersAndNamesThroughTheAuditLoggedUseCasesAsTheSignedInUser() {
        assertThat(page.getParticipants()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Amina Yusuf");
            assertThat(row.answers()).containsExactly(new ApplicationPage.AnswerRow("Mål", "Studier"),
                    new ApplicationPage.AnswerRow("Behöver låna dator", "Ja"));
        });
        verify(page.applications).get(CASE_OFFICER, id);
        verify(page.participants).get(CASE_OFFICER, amina);
    }

    @Test
    void showsTheOrganisationsOwnShareOfTheDeliveryCost() {
        Delivery delivery = mock(Delivery.class);
        when(page.deliveries.get(CASE_OFFICER, deliveryId)).thenReturn(new DeliveryView(delivery, List.of(),
                List.of(new CostShare(new OrganisationId(UUID.randomUUID()), Money.parse("6500.00")),
                        new CostShare(OLOFSTROM, Money.parse("13000.00")))));

        assertThat(page.getCostShare()).isEqualTo(Money.parse("13000.00"));
    }

    @Test
    void aCancelledApplicationShowsNoDeliveryItWasOnceIn() {
        when(application.status()).thenReturn(ApplicationStatus.CANCELLED);

        assertThat(page.getDelivery()).isNull();
        assertThat(page.isCancellable()).isFalse();
        assertThat(page.isConfirmable()).isFalse();
        verify(page.deliveries, never()).get(any(), any());
    }

    @Test
    void confirmsAndCancelsAgainstTheVersionShown() {
        assertThat(page.isConfirmable()).isTrue();
        page.confirm();
        verify(page.change).confirm(CASE_OFFICER, new ApplicationChange(id, 3, null));

        page.setCancelReason("  Fick plats på annat håll. ");
        page.cancel();
        verify(page.change).cancel(CASE_OFFICER, new ApplicationChange(id, 3, "Fick plats på annat håll."));
    }
}
