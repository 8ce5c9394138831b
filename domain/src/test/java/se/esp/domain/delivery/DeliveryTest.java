package se.esp.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.esp.domain.organisation.OrganisationId;
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

class DeliveryTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final OrganisationId BORLANGE = OrganisationId.newId();

    private static Delivery planned(CostSplitRule rule, int max) {
        return Delivery.open(DeliveryId.newId(), OfferingVersionId.newId(), OrganisationId.newId(),
                "Study guidance online, Arabic", LanguageCode.of("ar"),
                new ResourceAssignment(ResourceId.newId(), "Amina Haddad", OrganisationId.newId(),
                        Money.parse("450.00"), BigDecimal.TEN),
                List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))),
                LocalDate.of(2026, 12, 7), LocalDate.of(2027, 2, 14), max, Money.parse("6500.00"), rule, AT)
                .delivery();
    }

    private static List<ParticipantId> participants(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> ParticipantId.newId()).toList();
    }

    @Test
    void theWorkedExampleSplitsTwoToOneToTheOre() {
        Delivery delivery = planned(CostSplitRule.PER_PARTICIPANT, 8);
        delivery.seat(ApplicationId.newId(), OLOFSTROM, participants(2), AT);
        delivery.seat(ApplicationId.newId(), BORLANGE, participants(1), AT);

        assertThat(delivery.price()).isEqualTo(Money.parse("19500.00"));
        assertThat(delivery.costShares(Map.of())).containsExactly(
                new CostShare(OLOFSTROM, Money.parse("13000.00")), new CostShare(BORLANGE, Money.parse("6500.00")));
        assertThat(delivery.resource().cost()).isEqualTo(Money.parse("4500.00"));
    }

    @Test
    void splitsEquallyOrByPopulationAndAnOrganisationsShareOverItsApplications() {
        Delivery equally = planned(CostSplitRule.EQUALLY, 8);
        ApplicationId first = ApplicationId.newId();
        ApplicationId second = ApplicationId.newId();
        ApplicationId third = ApplicationId.newId();
        equally.seat(first, OLOFSTROM, participants(2), AT);
        equally.seat(second, BORLANGE, participants(1), AT);
        equally.seat(third, OLOFSTROM, participants(1), AT);

        assertThat(equally.costShares(Map.of())).extracting(CostShare::amount)
                .containsExactly(Money.parse("13000.00"), Money.parse("13000.00"));
        Map<ApplicationId, Money> byApplication = equally.sharesByApplication(Map.of());
        assertThat(byApplication).containsEntry(first, Money.parse("8666.67")).containsEntry(third,
                Money.parse("4333.33")).containsEntry(second, Money.parse("13000.00"));
        assertThat(Money.sum(List.copyOf(byApplication.values()))).isEqualTo(equally.price());

        Delivery byPopulation = planned(CostSplitRule.BY_POPULATION, 8);
        byPopulation.seat(first, OLOFSTROM, participants(2), AT);
        byPopulation.seat(second, BORLANGE, participants(1), AT);
        Map<OrganisationId, Long> populations = new HashMap<>(Map.of(OLOFSTROM, 13_061L, BORLANGE, 51_424L));
        List<CostShare> shares = byPopulation.costShares(populations);
        assertThat(Money.sum(shares.stream().map(CostShare::amount).toList())).isEqualTo(Money.parse("19500.00"));
        assertThat(shares.get(1).amount()).isGreaterThan(shares.get(0).amount());
    }

    @Test
    void takesParticipantsOnlyBeforeTheStartAndNeverBeyondTheLargestGroup() {
        Delivery delivery = planned(CostSplitRule.PER_PARTICIPANT, 3);
        ApplicationId first = ApplicationId.newId();
        delivery.seat(first, OLOFSTROM, participants(2), AT);

        assertThatThrownBy(() -> delivery.seat(ApplicationId.newId(), BORLANGE, participants(2), AT))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DELIVERY_STATUS_CONFLICT));
        assertThat(delivery.release(first, AT)).hasValueSatisfying(e -> assertThat(e.participantsChange())
                .isEqualTo(-2));
        assertThatThrownBy(() -> delivery.start(AT)).isInstanceOf(DomainException.class);
        delivery.seat(first, OLOFSTROM, participants(1), AT);
        delivery.start(AT);
        assertThatThrownBy(() -> delivery.seat(ApplicationId.newId(), BORLANGE, participants(1), AT))
                .isInstanceOf(DomainException.class);
        assertThat(delivery.asOpen().participants()).isEqualTo(1);
    }

    @Test
    void completesOnlyWithEveryParticipantsOutcome() {
        Delivery delivery = planned(CostSplitRule.PER_PARTICIPANT, 8);
        List<ParticipantId> participants = participants(2);
        delivery.seat(ApplicationId.newId(), OLOFSTROM, participants, AT);
        delivery.start(AT);
        ParticipantId stranger = ParticipantId.newId();

        assertThatThrownBy(() -> delivery.complete(Map.of(participants.get(0), ParticipationOutcome.COMPLETED,
                stranger, ParticipationOutcome.COMPLETED), AT)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder(
                        "outcomes[" + stranger + "]", "outcomes[" + participants.get(1) + "]"));

        DeliveryStatusChanged completed = delivery.complete(Map.of(participants.get(0), ParticipationOutcome.COMPLETED,
                participants.get(1), ParticipationOutcome.NOT_COMPLETED), AT);
        assertThat(completed.completedParticipants()).isEqualTo(1);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.COMPLETED);
        assertThat(delivery.cancel("Corrected: never held", AT).status()).isEqualTo(DeliveryStatus.CANCELLED);
    }
}
