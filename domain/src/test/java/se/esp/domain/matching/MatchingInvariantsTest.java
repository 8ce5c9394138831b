package se.esp.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;

/**
 * The hard rules of matching, for random national-pool-like inputs: two runs, the second given the deliveries the
 * first opened as open deliveries, so open deliveries, booked time and new demand meet as they do in production.
 */
class MatchingInvariantsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final List<CompetenceCode> COMPETENCES = List.of(new CompetenceCode("study-guidance"),
            new CompetenceCode("civic-orientation"), new CompetenceCode("nurse"));
    private static final List<LanguageCode> LANGUAGES = List.of(new LanguageCode("ar"), new LanguageCode("ti"),
            new LanguageCode("so"), new LanguageCode("fa"));
    private static final List<OrganisationId> CONSUMERS = List.of(OrganisationId.newId(), OrganisationId.newId(),
            OrganisationId.newId(), OrganisationId.newId());

    @Property(tries = 400)
    void everyHardRuleHolds(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int applications,
                            @ForAll @IntRange(min = 0, max = 15) int resources) {
        Random random = new Random(seed);
        List<OfferingRequirement> offerings = offerings(random);
        List<ResourceSupply> supply = resources(random, resources);
        List<WaitingApplication> firstDemand = demand(random, offerings, applications / 2);
        MatchingResult first = MatchingEngine.match(new MatchingInput(TODAY, offerings, firstDemand, supply, List.of()));
        assertHardRules(new MatchingInput(TODAY, offerings, firstDemand, supply, List.of()), first);

        List<OpenDelivery> open = first.deliveries().stream()
                .filter(d -> d.participants() < requirement(offerings, d.offeringVersion()).groupSize().max())
                .map(d -> new OpenDelivery(UUID.nameUUIDFromBytes((seed + d.key().value()).getBytes()),
                        d.offeringVersion(), d.language(), d.resource(), d.sessionSlots(), d.startsOn(),
                        d.participants()))
                .toList();
        // Full deliveries still take their resources' time.
        List<OpenDelivery> full = first.deliveries().stream()
                .filter(d -> d.participants() >= requirement(offerings, d.offeringVersion()).groupSize().max())
                .map(d -> new OpenDelivery(UUID.nameUUIDFromBytes((seed + "full" + d.key().value()).getBytes()),
                        d.offeringVersion(), d.language(), d.resource(), d.sessionSlots(), d.startsOn(),
                        d.participants()))
                .toList();
        List<OpenDelivery> booked = new ArrayList<>(open);
        booked.addAll(full);
        List<WaitingApplication> secondDemand = demand(random, offerings, applications - applications / 2);
        MatchingInput second = new MatchingInput(TODAY.plusDays(1), offerings, secondDemand, supply, booked);
        MatchingResult result = MatchingEngine.match(second);

        assertHardRules(second, result);
        assertSameResultInAnyOrder(second, result, random);
    }

    private static void assertHardRules(MatchingInput input, MatchingResult result) {
        Map<ApplicationId, WaitingApplication> applications = input.applications().stream()
                .collect(Collectors.toMap(WaitingApplication::id, Function.identity()));
        Map<ResourceId, ResourceSupply> supply = input.resources().stream()
                .collect(Collectors.toMap(ResourceSupply::id, Function.identity()));
        Map<DeliveryKey, PlannedDelivery> deliveries = result.deliveries().stream()
                .collect(Collectors.toMap(PlannedDelivery::key, Function.identity()));

        // Every application is either placed or waitlisted, exactly once, a waitlisted one with a reason in words.
        List<ApplicationId> decided = new ArrayList<>();
        result.placements().forEach(p -> decided.add(p.application()));
        result.waitlist().forEach(w -> decided.add(w.application()));
        assertThat(decided).containsExactlyInAnyOrderElementsOf(applications.keySet());
        assertThat(result.waitlist()).allSatisfy(w -> assertThat(w.explanation()).isNotBlank());
        assertThat(result.placements()).allSatisfy(p -> assertThat(p.explanation()).isNotBlank());

        // No placement without a verified, unexpired competence match and the language; the delivery fits the
        // application.
        Map<DeliveryKey, Integer> placedPerDelivery = new HashMap<>();
        for (Placement placement : result.placements()) {
            WaitingApplication application = applications.get(placement.application());
            PlannedDelivery delivery = deliveries.get(placement.delivery());
            OfferingRequirement requirement = requirement(input.requirements(), application.offeringVersion());
            ResourceSupply resource = supply.get(placement.resource());
            assertThat(delivery.offeringVersion()).isEqualTo(application.offeringVersion());
            assertThat(delivery.language()).isEqualTo(application.language());
            assertThat(delivery.resource()).isEqualTo(placement.resource());
            assertThat(delivery.startsOn()).isAfterOrEqualTo(application.earliestStart());
            assertThat(resource).as("the resource is in the supply").isNotNull();
            assertThat(resource.languages()).contains(application.language());
            for (CompetenceCode code : requirement.competences()) {
                assertThat(resource.competences()).containsKey(code);
                assertThat(delivery.lastDay()).isBefore(resource.competences().get(code));
            }
            placedPerDelivery.merge(delivery.key(), application.participants(), Integer::sum);
        }

        // No delivery above its maximum; participants add up.
        Map<DeliveryKey, Integer> before = input.openDeliveries().stream()
                .collect(Collectors.toMap(d -> DeliveryKey.existing(d.id()), OpenDelivery::participants));
        for (PlannedDelivery delivery : result.deliveries()) {
            OfferingRequirement requirement = requirement(input.requirements(), delivery.offeringVersion());
            assertThat(delivery.participants()).isLessThanOrEqualTo(requirement.groupSize().max());
            assertThat(delivery.participants()).isEqualTo(before.getOrDefault(delivery.key(), 0)
                    + placedPerDelivery.getOrDefault(delivery.key(), 0));
            assertThat(delivery.sessionSlots()).hasSize(requirement.sessions().sessionsPerWeek());
        }
        assertThat(result.placedParticipants()).isEqualTo(placedPerDelivery.values().stream().mapToInt(i -> i).sum());

        // No resource over its cap; new sessions lie in its availability and never overlap other bookings.
        Map<ResourceId, List<WeeklySlot>> bookings = new HashMap<>();
        input.openDeliveries().forEach(d -> bookings.computeIfAbsent(d.resource(), r -> new ArrayList<>())
                .addAll(d.sessionSlots()));
        result.deliveries().stream().filter(PlannedDelivery::isNew).forEach(d -> {
            bookings.computeIfAbsent(d.resource(), r -> new ArrayList<>()).addAll(d.sessionSlots());
            ResourceSupply resource = supply.get(d.resource());
            for (WeeklySlot session : d.sessionSlots()) {
                assertThat(resource.availability()).anySatisfy(free -> {
                    assertThat(free.startMinuteOfWeek()).isLessThanOrEqualTo(session.startMinuteOfWeek());
                    assertThat(free.endMinuteOfWeek()).isGreaterThanOrEqualTo(session.endMinuteOfWeek());
                });
            }
        });
        bookings.forEach((resourceId, slots) -> {
            ResourceSupply resource = supply.get(resourceId);
            int minutes = slots.stream().mapToInt(WeeklySlot::minutes).sum();
            assertThat(minutes).as("minutes a week booked for " + resource.displayName())
                    .isLessThanOrEqualTo(resource.maxMinutesPerWeek());
            List<WeeklySlot> sorted = new ArrayList<>(slots);
            Collections.sort(sorted);
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i).overlaps(sorted.get(i - 1))).as(sorted.toString()).isFalse();
            }
        });
        assertThat(result.fillRate()).isBetween(0.0, 1.0);
    }

    private static void assertSameResultInAnyOrder(MatchingInput input, MatchingResult result, Random random) {
        List<WaitingApplication> applications = new ArrayList<>(input.applications());
        List<ResourceSupply> resources = new ArrayList<>(input.resources());
        List<OpenDelivery> open = new ArrayList<>(input.openDeliveries());
        List<OfferingRequirement> requirements = new ArrayList<>(input.requirements());
        Collections.shuffle(applications, random);
        Collections.shuffle(resources, random);
        Collections.shuffle(open, random);
        Collections.shuffle(requirements, random);

        MatchingResult again = MatchingEngine.match(new MatchingInput(input.asOf(), requirements, applications,
                resources, open));

        assertThat(again).isEqualTo(result);
    }

    private static OfferingRequirement requirement(List<OfferingRequirement> offerings, OfferingVersionId version) {
        return offerings.stream().filter(o -> o.offeringVersion().equals(version)).findFirst().orElseThrow();
    }

    static List<OfferingRequirement> offerings(Random random) {
        List<OfferingRequirement> offerings = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Set<CompetenceCode> competences = new HashSet<>(pick(random, COMPETENCES, 1 + random.nextInt(2)));
            Set<LanguageCode> languages = new HashSet<>(pick(random, LANGUAGES, 1 + random.nextInt(3)));
            int min = 1 + random.nextInt(4);
            offerings.add(new OfferingRequirement(new OfferingVersionId(new UUID(random.nextLong(), i)),
                    "Offering " + i, competences, languages,
                    new SessionPlan(1 + random.nextInt(3), List.of(30, 45, 60, 90).get(random.nextInt(4)),
                            2 + random.nextInt(12)),
                    new GroupSize(min, min + random.nextInt(7))));
        }
        return offerings;
    }

    static List<ResourceSupply> resources(Random random, int count) {
        List<ResourceSupply> resources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<CompetenceCode, LocalDate> competences = new TreeMap<>();
            for (CompetenceCode code : pick(random, COMPETENCES, 1 + random.nextInt(2))) {
                competences.put(code, TODAY.plusDays(1 + random.nextInt(400)));
            }
            List<WeeklySlot> slots = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) == 0) {
                    int start = 7 * 4 + random.nextInt(10 * 4);
                    int length = 2 + random.nextInt(5 * 4);
                    slots.add(new WeeklySlot(day, LocalTime.of(start / 4, start % 4 * 15),
                            LocalTime.of((start + length) / 4, (start + length) % 4 * 15)));
                }
            }
            resources.add(new ResourceSupply(new ResourceId(new UUID(random.nextLong(), i)), "Resource " + i,
                    random.nextBoolean() ? null : "Employer " + random.nextInt(3),
                    Money.ofKronor(300 + random.nextInt(5) * 50L), competences,
                    new HashSet<>(pick(random, LANGUAGES, 1 + random.nextInt(2))), slots,
                    random.nextInt(11) * 60));
        }
        return resources;
    }

    static List<WaitingApplication> demand(Random random, List<OfferingRequirement> offerings, int count) {
        List<WaitingApplication> applications = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OfferingVersionId offering = random.nextInt(20) == 0 ? OfferingVersionId.newId()
                    : offerings.get(random.nextInt(offerings.size())).offeringVersion();
            applications.add(new WaitingApplication(new ApplicationId(new UUID(random.nextLong(), i)), offering,
                    CONSUMERS.get(random.nextInt(CONSUMERS.size())), 1 + random.nextInt(6),
                    LANGUAGES.get(random.nextInt(LANGUAGES.size())), TODAY.plusDays(random.nextInt(60) - 10),
                    random.nextInt(5) == 0, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(random.nextInt(100_000))));
        }
        return applications;
    }

    private static <T> List<T> pick(Random random, List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }
}
