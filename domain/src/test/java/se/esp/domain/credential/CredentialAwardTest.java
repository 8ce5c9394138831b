package se.esp.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.ParticipationOutcome;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ValidationException;

class CredentialAwardTest {

    private static final Instant AT = Instant.parse("2027-02-15T10:00:00Z");
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final OrganisationId BORLANGE = OrganisationId.newId();

    static CredentialTerms terms(Integer validityMonths) {
        return new CredentialTerms(LocalisedText.svEn("Basal omvårdnad", "Basic care"),
                LocalisedText.svEn("Grunderna i omvårdnad.", "The basics of care."),
                LocalisedText.svEn("Deltagit i alla pass och klarat slutuppgiften.",
                        "Attended every session and passed the final task."),
                List.of(new Alignment(AlignmentKind.ESCO_OCCUPATION,
                        "http://data.europa.eu/esco/occupation/3f9e3a5d-7d1d-4a8b-9f4c-2b2a1a0c6c11",
                        "healthcare assistant")),
                new BigDecimal("7.5"), validityMonths);
    }

    private static CredentialDefinition definition(String code, Integer validityMonths) {
        return CredentialDefinition.define(CredentialDefinitionId.newId(), new MicroCredentialRef(code),
                terms(validityMonths), AT.minusSeconds(86_400)).definition();
    }

    private static Delivery running(Map<OrganisationId, List<ParticipantId>> participants) {
        Delivery delivery = Delivery.open(DeliveryId.newId(), OfferingVersionId.newId(),
                OrganisationId.newId(), "Basic care in Swedish", LanguageCode.SWEDISH,
                new ResourceAssignment(ResourceId.newId(), "Amina Haddad", OrganisationId.newId(),
                        Money.parse("450.00"), BigDecimal.TEN),
                List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))),
                LocalDate.of(2026, 12, 7), LocalDate.of(2027, 2, 14), 8, Money.parse("6500.00"),
                CostSplitRule.PER_PARTICIPANT, AT).delivery();
        participants.forEach((consumer, people) ->
                delivery.seat(ApplicationId.newId(), consumer, people, AT));
        delivery.start(AT);
        return delivery;
    }

    @Test
    void issuesOneCredentialPerDefinitionToEachParticipantWhoCompletedAndToNobodyElse() {
        ParticipantId completedInOlofstrom = ParticipantId.newId();
        ParticipantId notCompleted = ParticipantId.newId();
        ParticipantId completedInBorlange = ParticipantId.newId();
        Delivery delivery = running(new java.util.LinkedHashMap<>(Map.of(
                OLOFSTROM, List.of(completedInOlofstrom, notCompleted), BORLANGE, List.of(completedInBorlange))));
        delivery.complete(Map.of(completedInOlofstrom, ParticipationOutcome.COMPLETED,
                notCompleted, ParticipationOutcome.NOT_COMPLETED,
                completedInBorlange, ParticipationOutcome.COMPLETED), AT);
        CredentialDefinition care = definition("VO-OMV-01", null);
        CredentialDefinition hygiene = definition("VO-HYG-02", 24);

        List<CredentialAward.Issuance> issued = CredentialAward.onCompletion(delivery, List.of(care, hygiene),
                CredentialId::newId, AT);

        assertThat(issued).hasSize(4);
        assertThat(issued).extracting(i -> i.credential().participant())
                .containsOnly(completedInOlofstrom, completedInBorlange).doesNotContain(notCompleted);
        assertThat(issued).filteredOn(i -> i.credential().participant().equals(completedInBorlange))
                .extracting(i -> i.credential().code()).containsExactlyInAnyOrder("VO-OMV-01", "VO-HYG-02");
        assertThat(issued).filteredOn(i -> i.credential().participant().equals(completedInBorlange))
                .extracting(i -> i.credential().consumer()).containsOnly(BORLANGE);
        assertThat(issued).extracting(i -> i.credential().id()).doesNotHaveDuplicates();
        assertThat(issued).allSatisfy(i -> {
            assertThat(i.event().credentialId()).isEqualTo(i.credential().id());
            assertThat(i.event().participant()).isEqualTo(i.credential().participant());
            assertThat(i.credential().delivery()).isEqualTo(delivery.id());
            assertThat(i.credential().supplier()).isEqualTo(delivery.supplier());
        });
    }

    @Test
    void aCredentialIsValidForTheDefinitionsMonthsOrForever() {
        ParticipantId participant = ParticipantId.newId();
        Delivery delivery = running(Map.of(OLOFSTROM, List.of(participant)));
        delivery.complete(Map.of(participant, ParticipationOutcome.COMPLETED), AT);

        List<CredentialAward.Issuance> issued = CredentialAward.onCompletion(delivery,
                List.of(definition("VO-HYG-02", 24), definition("VO-OMV-01", null)), CredentialId::newId, AT);

        assertThat(issued.get(0).credential().validUntil()).isEqualTo(Instant.parse("2029-02-15T10:00:00Z"));
        assertThat(issued.get(1).credential().expiry()).isEmpty();
    }

    @Test
    void nothingIsEarnedFromADeliveryThatHasNotCompleted() {
        Delivery delivery = running(Map.of(OLOFSTROM, List.of(ParticipantId.newId())));

        assertThatThrownBy(() -> CredentialAward.onCompletion(delivery, List.of(definition("VO-OMV-01", null)),
                CredentialId::newId, AT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRevisionIsTheNextVersionAndNewCredentialsTakeIt() {
        CredentialDefinition care = definition("VO-OMV-01", null);
        CredentialDefinitionPublished event = care.revise(terms(36), AT);

        assertThat(event.definitionVersion()).isEqualTo(2);
        assertThat(care.current().number()).isEqualTo(2);
        assertThat(care.version(1)).isPresent().get().extracting(v -> v.terms().validityMonths()).isNull();

        ParticipantId participant = ParticipantId.newId();
        Delivery delivery = running(Map.of(OLOFSTROM, List.of(participant)));
        delivery.complete(Map.of(participant, ParticipationOutcome.COMPLETED), AT);
        assertThat(CredentialAward.onCompletion(delivery, List.of(care), CredentialId::newId, AT).get(0)
                .credential().definitionVersion()).isEqualTo(2);
        assertThatThrownBy(() -> care.requireVersion(1)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.STALE_VERSION);
    }

    @Test
    void refusesTermsWithoutSwedishAndEnglishOrAlignmentOrWithAFractionalCreditBeyondOneDecimal() {
        assertThatThrownBy(() -> new CredentialTerms(LocalisedText.of(LanguageCode.SWEDISH, "Basal omvårdnad"),
                LocalisedText.svEn("a", "b"), LocalisedText.svEn("a", "b"), List.of(), new BigDecimal("7.55"), 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field())
                        .contains("title.en", "alignments", "creditPoints", "validityMonths"));
        assertThatThrownBy(() -> new Alignment(AlignmentKind.ESCO_SKILL, "ftp://example.org/x", "x"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Alignment(AlignmentKind.ESCO_SKILL, "esco-skill-123", "x"))
                .isInstanceOf(ValidationException.class);
    }
}
