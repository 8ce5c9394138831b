package se.esp.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.domain.matching.MatchingFixtures.ARABIC;
import static se.esp.domain.matching.MatchingFixtures.STUDY_GUIDANCE;
import static se.esp.domain.matching.MatchingFixtures.TIGRINYA;
import static se.esp.domain.matching.MatchingFixtures.TODAY;
import static se.esp.domain.matching.MatchingFixtures.aResource;
import static se.esp.domain.matching.MatchingFixtures.studyGuidance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.OfferingVersionId;

class StartForecastTest {

    private static final LocalDate IN_A_YEAR = TODAY.plusDays(365);
    private final OfferingRequirement guidance = studyGuidance();
    /** One hour free a week, on Tuesdays: room for exactly one delivery of the offering at a time. */
    private final ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-12-31")
            .speaking(ARABIC).free(DayOfWeek.TUESDAY, "09:00", "10:00").cap(1).build();

    @Test
    void aFreeResourceLetsAParticipantStartToday() {
        assertThat(StartForecast.nextStart(TODAY, guidance, ARABIC, List.of(amina), List.of(), Map.of(), IN_A_YEAR))
                .contains(TODAY);
    }

    @Test
    void aFullyBookedResourceMovesTheStartToTheDayAfterItsDeliveryEnds() {
        OpenDelivery running = new OpenDelivery(UUID.randomUUID(), OfferingVersionId.newId(), ARABIC,
                amina.id(), List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "10:00")), TODAY.minusDays(14), 8);
        LocalDate lastDay = TODAY.plusDays(40);

        assertThat(StartForecast.nextStart(TODAY, guidance, ARABIC, List.of(amina), List.of(running),
                Map.of(running.id(), lastDay), IN_A_YEAR)).contains(lastDay.plusDays(1));
        assertThat(StartForecast.nextStart(TODAY, guidance, ARABIC, List.of(amina), List.of(running),
                Map.of(running.id(), lastDay), TODAY.plusDays(14))).as("not within 14 days").isEmpty();
        assertThat(StartForecast.nextStart(TODAY, guidance, ARABIC, List.of(amina), List.of(running), Map.of(),
                IN_A_YEAR)).as("a delivery whose end is unknown books the resource for good").isEmpty();
    }

    @Test
    void anOpenDeliveryWithRoomThatStartsLaterIsWhereTheParticipantWouldGo() {
        LocalDate startsOn = TODAY.plusDays(10);
        OpenDelivery planned = new OpenDelivery(UUID.randomUUID(), guidance.offeringVersion(), ARABIC, amina.id(),
                List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "10:00")), startsOn, 3);

        assertThat(StartForecast.nextStart(TODAY, guidance, ARABIC, List.of(amina), List.of(planned),
                Map.of(planned.id(), startsOn.plusWeeks(10).minusDays(1)), IN_A_YEAR)).contains(startsOn);
    }

    @Test
    void withoutAResourceSpeakingTheLanguageThereIsNoStart() {
        assertThat(StartForecast.nextStart(TODAY, guidance, TIGRINYA, List.of(amina), List.of(), Map.of(), IN_A_YEAR))
                .isEmpty();
        assertThat(StartForecast.nextStart(TODAY, guidance, new se.esp.domain.shared.LanguageCode("so"),
                List.of(amina), List.of(), Map.of(), IN_A_YEAR)).as("not a language of the offering").isEmpty();
    }
}
