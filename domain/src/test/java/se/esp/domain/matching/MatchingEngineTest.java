package se.esp.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.domain.matching.MatchingFixtures.ARABIC;
import static se.esp.domain.matching.MatchingFixtures.BORLANGE;
import static se.esp.domain.matching.MatchingFixtures.OLOFSTROM;
import static se.esp.domain.matching.MatchingFixtures.RONNEBY;
import static se.esp.domain.matching.MatchingFixtures.STUDY_GUIDANCE;
import static se.esp.domain.matching.MatchingFixtures.TIGRINYA;
import static se.esp.domain.matching.MatchingFixtures.TODAY;
import static se.esp.domain.matching.MatchingFixtures.aResource;
import static se.esp.domain.matching.MatchingFixtures.application;
import static se.esp.domain.matching.MatchingFixtures.studyGuidance;
import static se.esp.domain.matching.MatchingFixtures.urgent;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.OfferingVersionId;

class MatchingEngineTest {

    private final OfferingRequirement arabicGuidance = studyGuidance();

    private static MatchingResult match(List<OfferingRequirement> offerings, List<WaitingApplication> applications,
                                        List<ResourceSupply> resources, List<OpenDelivery> open) {
        return MatchingEngine.match(new MatchingInput(TODAY, offerings, applications, resources, open));
    }

    @Test
    void theWorkedExampleCoDeliversOlofstromAndBorlangeWithAMalmoStudyGuide() {
        ResourceSupply malmo = aResource("Amina Haddad").employedBy("Malmö stad").holding(STUDY_GUIDANCE, "2028-06-30")
                .speaking(ARABIC).build();
        WaitingApplication olofstrom = application(arabicGuidance, OLOFSTROM, 2, ARABIC, 0);
        WaitingApplication borlange = application(arabicGuidance, BORLANGE, 1, ARABIC, 5);

        MatchingResult result = match(List.of(arabicGuidance), List.of(borlange, olofstrom), List.of(malmo), List.of());

        Placement first = result.placementOf(olofstrom.id()).orElseThrow();
        Placement second = result.placementOf(borlange.id()).orElseThrow();
        assertThat(first.opensDelivery()).isTrue();
        assertThat(second.delivery()).isEqualTo(first.delivery());
        assertThat(second.resource()).isEqualTo(malmo.id());
        assertThat(result.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.participants()).isEqualTo(3);
            assertThat(d.startsOn()).isEqualTo(TODAY.plusDays(7));
            assertThat(d.sessionSlots()).containsExactly(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "10:00"));
        });
        assertThat(first.explanation()).contains("Opened a new Arabic delivery", "Amina Haddad (employed by Malmö stad)",
                "3 waiting participant(s) reach the minimum group of 3");
        assertThat(second.explanation()).contains("Placed in the open Arabic delivery",
                "led by Amina Haddad (employed by Malmö stad)", "now 3 of at most 8");
        assertThat(result.fillRate()).isEqualTo(1.0);
    }

    @Test
    void aTigrinyaApplicationWaitsWithItsReasonUntilATigrinyaSpeakerIsVerified() {
        ResourceSupply arabicOnly = aResource("Amina").holding(STUDY_GUIDANCE, "2028-06-30").speaking(ARABIC).build();
        WaitingApplication tigrinya = urgent(application(arabicGuidance, RONNEBY, 1, TIGRINYA, 0));

        MatchingResult before = match(List.of(arabicGuidance), List.of(tigrinya), List.of(arabicOnly), List.of());

        WaitlistEntry entry = before.waitlistEntryOf(tigrinya.id()).orElseThrow();
        assertThat(entry.reason()).isEqualTo(WaitReason.NO_ELIGIBLE_RESOURCE);
        assertThat(entry.explanation()).startsWith("No verified resource speaks Tigrinya with a verified study guidance "
                + "competence valid through 2027-02-07").contains("none with the competence speaks Tigrinya");

        ResourceSupply tigrinyaSpeaker = aResource("Yonas").holding(STUDY_GUIDANCE, "2028-01-01").speaking(TIGRINYA)
                .build();
        MatchingResult after = match(List.of(arabicGuidance), List.of(tigrinya), List.of(arabicOnly, tigrinyaSpeaker),
                List.of());
        assertThat(after.placementOf(tigrinya.id()).orElseThrow().resource()).isEqualTo(tigrinyaSpeaker.id());
    }

    @Test
    void aCompetenceExpiringBeforeTheDeliveryEndsMovesMatchingToAnotherResource() {
        ResourceSupply expiring = aResource("Cheap but expiring").at(300).holding(STUDY_GUIDANCE, "2027-01-15")
                .speaking(ARABIC).build();
        ResourceSupply valid = aResource("Valid").at(500).holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC).build();
        WaitingApplication application = application(arabicGuidance, OLOFSTROM, 3, ARABIC, 0);

        MatchingResult result = match(List.of(arabicGuidance), List.of(application), List.of(expiring, valid),
                List.of());

        assertThat(result.placementOf(application.id()).orElseThrow().resource()).isEqualTo(valid.id());
        MatchingResult onlyExpiring = match(List.of(arabicGuidance), List.of(application), List.of(expiring),
                List.of());
        assertThat(onlyExpiring.waitlistEntryOf(application.id()).orElseThrow().explanation())
                .contains("expires before the delivery would end");
    }

    @Test
    void theLowestRateEligibleResourceLeadsANewDelivery() {
        ResourceSupply expensive = aResource("Expensive").at(700).holding(STUDY_GUIDANCE, "2028-01-01")
                .speaking(ARABIC).build();
        ResourceSupply cheap = aResource("Cheap").at(400).holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC).build();
        WaitingApplication application = application(arabicGuidance, OLOFSTROM, 3, ARABIC, 0);

        MatchingResult result = match(List.of(arabicGuidance), List.of(application), List.of(expensive, cheap),
                List.of());

        assertThat(result.placementOf(application.id()).orElseThrow().resource()).isEqualTo(cheap.id());
        assertThat(result.placementOf(application.id()).orElseThrow().explanation()).contains("400.00 SEK/h");
    }

    @Test
    void belowTheMinimumANormalApplicationWaitsAndAnUrgentOneOpensTheDelivery() {
        ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC).build();
        WaitingApplication normal = application(arabicGuidance, OLOFSTROM, 1, ARABIC, 0);

        MatchingResult waiting = match(List.of(arabicGuidance), List.of(normal), List.of(amina), List.of());
        assertThat(waiting.waitlistEntryOf(normal.id()).orElseThrow()).satisfies(w -> {
            assertThat(w.reason()).isEqualTo(WaitReason.MINIMUM_GROUP_NOT_REACHED);
            assertThat(w.explanation()).contains("needs at least 3 participants and only 1 wait");
        });

        MatchingResult opened = match(List.of(arabicGuidance), List.of(urgent(normal)), List.of(amina), List.of());
        assertThat(opened.placementOf(normal.id()).orElseThrow().explanation())
                .contains("opened for an urgent application although the minimum group of 3 is not reached yet");
    }

    @Test
    void anOpenDeliveryIsFilledBeforeANewOneOpensAndNeverBeyondItsMaximum() {
        ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC)
                .free(DayOfWeek.MONDAY, "09:00", "17:00").build();
        OpenDelivery open = new OpenDelivery(UUID.randomUUID(), arabicGuidance.offeringVersion(), ARABIC, amina.id(),
                List.of(WeeklySlot.of(DayOfWeek.MONDAY, "09:00", "10:00")), TODAY.plusDays(14), 5);
        WaitingApplication fits = application(arabicGuidance, OLOFSTROM, 3, ARABIC, 0);
        WaitingApplication tooMany = application(arabicGuidance, BORLANGE, 3, ARABIC, 1);

        MatchingResult result = match(List.of(arabicGuidance), List.of(fits, tooMany), List.of(amina), List.of(open));

        assertThat(result.placementOf(fits.id()).orElseThrow().delivery()).isEqualTo(DeliveryKey.existing(open.id()));
        Placement second = result.placementOf(tooMany.id()).orElseThrow();
        assertThat(second.opensDelivery()).isTrue();
        assertThat(result.delivery(DeliveryKey.existing(open.id())).orElseThrow().participants()).isEqualTo(8);
        assertThat(result.delivery(second.delivery()).orElseThrow().sessionSlots())
                .as("the open delivery's Monday 09:00 stays booked")
                .containsExactly(WeeklySlot.of(DayOfWeek.MONDAY, "10:00", "11:00"));
    }

    @Test
    void anOpenDeliveryStartingBeforeTheEarliestStartIsNotJoined() {
        ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC).build();
        OpenDelivery early = new OpenDelivery(UUID.randomUUID(), arabicGuidance.offeringVersion(), ARABIC, amina.id(),
                List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "10:00")), TODAY.plusDays(1), 3);
        WaitingApplication later = application(arabicGuidance, OLOFSTROM, 3, ARABIC, 0);

        MatchingResult result = match(List.of(arabicGuidance), List.of(later), List.of(amina), List.of(early));

        assertThat(result.placementOf(later.id()).orElseThrow().opensDelivery()).isTrue();
    }

    @Test
    void aDeliveryThatHasStartedTakesNoMoreParticipantsButKeepsItsTime() {
        ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC)
                .free(DayOfWeek.TUESDAY, "09:00", "11:00").build();
        OpenDelivery running = new OpenDelivery(UUID.randomUUID(), arabicGuidance.offeringVersion(), ARABIC,
                amina.id(), List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "10:00")), TODAY.minusDays(7), 3);
        WaitingApplication application = new WaitingApplication(ApplicationId.newId(),
                arabicGuidance.offeringVersion(), OLOFSTROM, 3, ARABIC, TODAY.minusDays(30), false,
                MatchingFixtures.MORNING);

        MatchingResult result = match(List.of(arabicGuidance), List.of(application), List.of(amina), List.of(running));

        Placement placement = result.placementOf(application.id()).orElseThrow();
        assertThat(placement.opensDelivery()).isTrue();
        assertThat(result.delivery(placement.delivery()).orElseThrow().sessionSlots())
                .containsExactly(WeeklySlot.of(DayOfWeek.TUESDAY, "10:00", "11:00"));
    }

    @Test
    void theWeeklyCapHoldsEvenWhenTheSlotsWouldAllowMore() {
        ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC).cap(2)
                .free(DayOfWeek.MONDAY, "08:00", "18:00").build();
        OfferingRequirement small = new OfferingRequirement(OfferingVersionId.newId(), "Small groups",
                java.util.Set.of(STUDY_GUIDANCE), java.util.Set.of(ARABIC), new SessionPlan(1, 60, 4),
                new GroupSize(1, 1));
        List<WaitingApplication> applications = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            applications.add(application(small, OLOFSTROM, 1, ARABIC, i));
        }

        MatchingResult result = match(List.of(small), applications, List.of(amina), List.of());

        assertThat(result.placements()).hasSize(2);
        assertThat(result.waitlist()).hasSize(2).allSatisfy(w -> assertThat(w.explanation())
                .contains("1 with the competence speak Arabic, but none has enough free hours left"));
    }

    @Test
    void urgentApplicationsGoFirstThenRoundRobinBetweenConsumers() {
        ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC).cap(3)
                .free(DayOfWeek.MONDAY, "08:00", "18:00").build();
        OfferingRequirement single = new OfferingRequirement(OfferingVersionId.newId(), "One to one",
                java.util.Set.of(STUDY_GUIDANCE), java.util.Set.of(ARABIC), new SessionPlan(1, 60, 4),
                new GroupSize(1, 1));
        WaitingApplication olofstrom1 = application(single, OLOFSTROM, 1, ARABIC, 0);
        WaitingApplication olofstrom2 = application(single, OLOFSTROM, 1, ARABIC, 1);
        WaitingApplication olofstrom3 = application(single, OLOFSTROM, 1, ARABIC, 2);
        WaitingApplication borlange = application(single, BORLANGE, 1, ARABIC, 3);
        WaitingApplication ronnebyUrgent = urgent(application(single, RONNEBY, 1, ARABIC, 4));

        MatchingResult result = match(List.of(single),
                List.of(olofstrom1, olofstrom2, olofstrom3, borlange, ronnebyUrgent), List.of(amina), List.of());

        assertThat(result.placements()).extracting(Placement::application)
                .containsExactly(ronnebyUrgent.id(), olofstrom1.id(), borlange.id());
        assertThat(result.waitlist()).extracting(WaitlistEntry::application)
                .containsExactly(olofstrom2.id(), olofstrom3.id());
    }

    @Test
    void aLanguageTheOfferingIsNotDeliveredInAndAnOversizedGroupWaitWithTheirReasons() {
        WaitingApplication somali = application(arabicGuidance, OLOFSTROM, 1, new se.esp.domain.shared.LanguageCode("so"),
                0);
        WaitingApplication huge = application(arabicGuidance, BORLANGE, 9, ARABIC, 1);
        WaitingApplication unknownOffering = new WaitingApplication(ApplicationId.newId(),
                OfferingVersionId.newId(), RONNEBY, 1, ARABIC, TODAY, false,
                MatchingFixtures.MORNING);

        MatchingResult result = match(List.of(arabicGuidance), List.of(somali, huge, unknownOffering), List.of(),
                List.of());

        assertThat(result.waitlistEntryOf(somali.id()).orElseThrow().explanation())
                .isEqualTo("\"Study guidance online\" is not delivered in Somali; it is delivered in Arabic, Tigrinya.");
        assertThat(result.waitlistEntryOf(huge.id()).orElseThrow().reason()).isEqualTo(WaitReason.GROUP_TOO_LARGE);
        assertThat(result.waitlistEntryOf(unknownOffering.id()).orElseThrow().reason())
                .isEqualTo(WaitReason.OFFERING_NOT_ON_OFFER);
        assertThat(result.fillRate()).isZero();
    }

    @Test
    void aDeliveryWhoseResourceLostTheCompetenceTakesNoMoreParticipants() {
        ResourceSupply expired = aResource("Expired").holding(STUDY_GUIDANCE, "2027-01-01").speaking(ARABIC).build();
        OpenDelivery open = new OpenDelivery(UUID.randomUUID(), arabicGuidance.offeringVersion(), ARABIC,
                expired.id(), List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "10:00")), TODAY.plusDays(7), 3);
        WaitingApplication application = application(arabicGuidance, OLOFSTROM, 1, ARABIC, 0);

        MatchingResult result = match(List.of(arabicGuidance), List.of(application), List.of(expired), List.of(open));

        assertThat(result.placements()).isEmpty();
        assertThat(result.waitlistEntryOf(application.id()).orElseThrow().reason())
                .isEqualTo(WaitReason.NO_ELIGIBLE_RESOURCE);
    }

    @Test
    void severalSessionsAWeekGoOnDifferentDays() {
        OfferingRequirement twice = new OfferingRequirement(OfferingVersionId.newId(), "Twice a week",
                java.util.Set.of(STUDY_GUIDANCE), java.util.Set.of(ARABIC), new SessionPlan(2, 90, 6),
                new GroupSize(1, 10));
        ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC)
                .free(DayOfWeek.MONDAY, "08:00", "09:00").free(DayOfWeek.WEDNESDAY, "13:00", "17:00")
                .free(DayOfWeek.FRIDAY, "10:00", "12:00").build();
        WaitingApplication application = application(twice, OLOFSTROM, 2, ARABIC, 0);

        MatchingResult result = match(List.of(twice), List.of(application), List.of(amina), List.of());

        assertThat(result.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.sessionSlots()).containsExactly(WeeklySlot.of(DayOfWeek.WEDNESDAY, "13:00", "14:30"),
                    WeeklySlot.of(DayOfWeek.FRIDAY, "10:00", "11:30"));
            assertThat(d.lastDay()).isEqualTo(LocalDate.parse("2027-01-10"));
        });
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameResult() {
        List<ResourceSupply> resources = List.of(
                aResource("A").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC).build(),
                aResource("B").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC, TIGRINYA).build());
        List<WaitingApplication> applications = new ArrayList<>();
        OrganisationId[] consumers = {OLOFSTROM, BORLANGE, RONNEBY};
        for (int i = 0; i < 12; i++) {
            applications.add(application(arabicGuidance, consumers[i % 3], 1 + i % 3, i % 4 == 0 ? TIGRINYA : ARABIC,
                    i % 5));
        }
        MatchingResult first = match(List.of(arabicGuidance), applications, resources, List.of());
        List<WaitingApplication> reversed = new ArrayList<>(applications);
        java.util.Collections.reverse(reversed);

        MatchingResult second = match(List.of(arabicGuidance), reversed, List.of(resources.get(1), resources.get(0)),
                List.of());

        assertThat(second).isEqualTo(first);
    }

    private static WaitingApplication startingFrom(WaitingApplication application, int daysFromToday) {
        return new WaitingApplication(application.id(), application.offeringVersion(), application.consumer(),
                application.participants(), application.language(), TODAY.plusDays(daysFromToday),
                application.urgent(), application.receivedAt());
    }

    @Test
    void aNewDeliveryStartsOnTheFirstDayItsSmallestGroupWaitsInsteadOfLeavingItsOpenerWaiting() {
        ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC).build();
        WaitingApplication first = startingFrom(application(arabicGuidance, OLOFSTROM, 1, ARABIC, 0), 7);
        WaitingApplication second = startingFrom(application(arabicGuidance, BORLANGE, 1, ARABIC, 1), 20);
        WaitingApplication third = startingFrom(application(arabicGuidance, RONNEBY, 1, ARABIC, 2), 30);
        WaitingApplication muchLater = startingFrom(application(arabicGuidance, OLOFSTROM, 1, ARABIC, 3), 60);

        MatchingResult result = match(List.of(arabicGuidance), List.of(first, second, third, muchLater), List.of(amina),
                List.of());

        Placement opener = result.placementOf(first.id()).orElseThrow();
        assertThat(opener.opensDelivery()).isTrue();
        assertThat(result.placementOf(second.id()).orElseThrow().delivery()).isEqualTo(opener.delivery());
        assertThat(result.placementOf(third.id()).orElseThrow().delivery()).isEqualTo(opener.delivery());
        assertThat(result.delivery(opener.delivery()).orElseThrow().startsOn())
                .as("the day the third participant may start: the smallest group of 3 waits from then")
                .isEqualTo(TODAY.plusDays(30));
        assertThat(opener.explanation()).contains("starting " + TODAY.plusDays(30),
                "3 waiting participant(s) reach the minimum group of 3");
        assertThat(result.waitlistEntryOf(muchLater.id()).orElseThrow().reason())
                .as("alone after the delivery has started, it waits for a group")
                .isEqualTo(WaitReason.MINIMUM_GROUP_NOT_REACHED);
    }

    @Test
    void aNewDeliveryWaitsAtMostTheGatheringDaysForThoseWhoWantToStartLaterUntilItIsFull() {
        ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC)
                .free(DayOfWeek.MONDAY, "09:00", "17:00").build();
        WaitingApplication opener = startingFrom(application(arabicGuidance, OLOFSTROM, 3, ARABIC, 0), 7);
        WaitingApplication fiveDaysLater = startingFrom(application(arabicGuidance, BORLANGE, 3, ARABIC, 1), 12);
        WaitingApplication eightDaysLater = startingFrom(application(arabicGuidance, RONNEBY, 2, ARABIC, 2), 15);
        WaitingApplication beyond = startingFrom(application(arabicGuidance, BORLANGE, 3, ARABIC, 4),
                7 + MatchingEngine.GATHERING_DAYS + 1);

        MatchingResult result = match(List.of(arabicGuidance),
                List.of(opener, fiveDaysLater, eightDaysLater, beyond), List.of(amina), List.of());

        Placement placed = result.placementOf(opener.id()).orElseThrow();
        assertThat(result.delivery(placed.delivery()).orElseThrow()).satisfies(d -> {
            assertThat(d.startsOn()).as("the day the group of at most 8 is full").isEqualTo(TODAY.plusDays(15));
            assertThat(d.participants()).isEqualTo(8);
        });
        assertThat(result.placementOf(fiveDaysLater.id()).orElseThrow().delivery()).isEqualTo(placed.delivery());
        assertThat(result.placementOf(eightDaysLater.id()).orElseThrow().delivery()).isEqualTo(placed.delivery());
        Placement own = result.placementOf(beyond.id()).orElseThrow();
        assertThat(own.opensDelivery()).as("beyond the gathering days it does not hold the first one back").isTrue();
        assertThat(result.delivery(own.delivery()).orElseThrow().startsOn())
                .isEqualTo(TODAY.plusDays(7 + MatchingEngine.GATHERING_DAYS + 1));

        WaitingApplication alone = startingFrom(application(arabicGuidance, OLOFSTROM, 3, ARABIC, 0), 7);
        MatchingResult notHeldBack = match(List.of(arabicGuidance), List.of(alone, beyond), List.of(amina), List.of());
        assertThat(notHeldBack.delivery(notHeldBack.placementOf(alone.id()).orElseThrow().delivery()).orElseThrow()
                .startsOn()).as("no one to wait for within the gathering days: it starts at once")
                .isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void anUrgentApplicationOpensItsDeliveryOnItsEarliestStartWithoutWaitingForOthers() {
        ResourceSupply amina = aResource("Amina").holding(STUDY_GUIDANCE, "2028-01-01").speaking(ARABIC).build();
        WaitingApplication urgent = urgent(startingFrom(application(arabicGuidance, OLOFSTROM, 1, ARABIC, 0), 7));
        WaitingApplication later = startingFrom(application(arabicGuidance, BORLANGE, 2, ARABIC, 1), 10);

        MatchingResult result = match(List.of(arabicGuidance), List.of(urgent, later), List.of(amina), List.of());

        Placement placed = result.placementOf(urgent.id()).orElseThrow();
        assertThat(result.delivery(placed.delivery()).orElseThrow().startsOn()).isEqualTo(TODAY.plusDays(7));
        assertThat(result.placementOf(later.id())).as("its delivery starts before the later one may").isEmpty();
    }
}
