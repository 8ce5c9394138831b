package se.esp.scenarios.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cucumber.java.Before;
import se.esp.application.security.ActingUser;
import se.esp.domain.delivery.CostShare;
import se.esp.domain.delivery.CostShareholder;
import se.esp.domain.delivery.CostSplit;
import se.esp.domain.delivery.CostSplitRule;
import se.esp.domain.matching.ApplicationRef;
import se.esp.domain.matching.DeliveryKey;
import se.esp.domain.matching.MatchingResult;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.OfferingVersionRef;
import se.esp.domain.matching.OpenDelivery;
import se.esp.domain.matching.Placement;
import se.esp.domain.matching.PlannedDelivery;
import se.esp.domain.matching.SessionPlan;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.scenarios.resource.ResourceDriver;
import se.esp.scenarios.support.World;

/**
 * What the matching steps do, whatever language they are written in. Applications are named by their consumer's
 * organisation number and language. After each run the driver does what storing the result will do once
 * applications and deliveries are stored: placed applications stop waiting and deliveries book their resource.
 */
public final class MatchingDriver {

    private static Map<String, OfferingRequirement> offerings;
    private static Map<String, WaitingApplication> applications;
    private static Map<String, Placement> placements;
    private static Map<DeliveryKey, UUID> deliveryIds;
    private static Map<UUID, List<WaitingApplication>> deliveryMembers;
    private static MatchingResult last;

    /** Cucumber's hook: each scenario starts with nothing known. */
    public static class Reset {
        @Before(order = 1)
        public void reset() {
            offerings = new HashMap<>();
            applications = new LinkedHashMap<>();
            placements = new HashMap<>();
            deliveryIds = new HashMap<>();
            deliveryMembers = new HashMap<>();
            last = null;
        }
    }

    private MatchingDriver() {
    }

    static void offering(String title, String competences, String languages, int sessionsPerWeek, int minutes,
                         int weeks, int min, int max) {
        OfferingRequirement requirement = new OfferingRequirement(new OfferingVersionRef(UUID.randomUUID()), title,
                split(competences).stream().map(CompetenceCode::of).collect(Collectors.toSet()),
                split(languages).stream().map(LanguageCode::of).collect(Collectors.toSet()),
                new SessionPlan(sessionsPerWeek, minutes, weeks), new GroupSize(min, max));
        offerings.put(title, requirement);
        World.current().offeringRequirements.put(requirement);
    }

    static void applies(String consumerNumber, int participants, String title, String language, String from,
                        boolean urgent) {
        World world = World.current();
        Organisation consumer = ResourceDriver.organisation(consumerNumber);
        Instant receivedAt = world.clock.instant().plusSeconds(applications.size());
        WaitingApplication application = new WaitingApplication(new ApplicationRef(UUID.randomUUID()),
                offering(title).offeringVersion(), consumer.id(), participants, LanguageCode.of(language),
                LocalDate.parse(from), urgent, receivedAt);
        applications.put(label(consumerNumber, language), application);
        world.waitingDemand.put(application);
    }

    static void run() {
        World world = World.current();
        last = world.matching.run(ActingUser.system("scenario matching"));
        for (Placement placement : last.placements()) {
            WaitingApplication application = applications.values().stream()
                    .filter(a -> a.id().equals(placement.application())).findFirst().orElseThrow();
            placements.put(labelOf(application), placement);
            world.waitingDemand.remove(application.id());
            UUID delivery = deliveryIds.computeIfAbsent(placement.delivery(), key -> key.isNew() ? UUID.randomUUID()
                    : UUID.fromString(key.value()));
            deliveryMembers.computeIfAbsent(delivery, d -> new ArrayList<>()).add(application);
        }
        for (PlannedDelivery planned : last.deliveries()) {
            UUID id = deliveryIds.get(planned.key());
            world.openDeliveries.put(new OpenDelivery(id, planned.offeringVersion(), planned.language(),
                    planned.resource(), planned.sessionSlots(), planned.startsOn(), planned.participants()));
        }
    }

    static void assertShareOneDelivery(String first, String second, String resourceName) {
        Placement a = placed(first);
        Placement b = placed(second);
        assertThat(deliveryIds.get(b.delivery())).isEqualTo(deliveryIds.get(a.delivery()));
        assertThat(a.resource()).isEqualTo(ResourceDriver.find(resourceName).id());
    }

    static void assertPlacedWith(String application, String resourceName) {
        assertThat(placed(application).resource()).isEqualTo(ResourceDriver.find(resourceName).id());
    }

    static void assertWaits(String application, String reason) {
        WaitingApplication waiting = applications.get(application);
        assertThat(last.waitlistEntryOf(waiting.id()))
                .as("%s waits after the last run", application)
                .hasValueSatisfying(w -> assertThat(w.explanation()).contains(reason));
    }

    static void assertExplanation(String application, String text) {
        assertThat(placed(application).explanation()).contains(text);
    }

    /** The delivery the first application is in, its cost split by participant between the organisations in it. */
    static void assertCostSplit(String cost, String firstAmount, String firstConsumer, String secondAmount,
                                String secondConsumer) {
        World world = World.current();
        UUID delivery = deliveryIds.get(placed(label(firstConsumer, placedLanguage(firstConsumer))).delivery());
        Map<Object, Integer> participants = new LinkedHashMap<>();
        deliveryMembers.get(delivery).forEach(a -> participants.merge(a.consumer(), a.participants(), Integer::sum));
        List<CostShareholder> shareholders = new ArrayList<>();
        participants.forEach((consumer, count) -> {
            Organisation organisation = world.storage.transactions().inTransaction(() ->
                    world.storage.organisations().findById((se.esp.domain.organisation.OrganisationId) consumer))
                    .orElseThrow();
            shareholders.add(new CostShareholder(organisation.id(), count,
                    organisation.profile().populationIfAny().map(p -> p.value()).orElse(0L)));
        });

        List<CostShare> shares = CostSplit.split(Money.parse(cost), CostSplitRule.PER_PARTICIPANT, shareholders);

        assertThat(shares).containsExactly(
                new CostShare(ResourceDriver.organisation(firstConsumer).id(), Money.parse(firstAmount)),
                new CostShare(ResourceDriver.organisation(secondConsumer).id(), Money.parse(secondAmount)));
    }

    static String label(String consumerNumber, String language) {
        return consumerNumber + " in " + LanguageCode.of(language);
    }

    private static String placedLanguage(String consumerNumber) {
        return placements.keySet().stream().filter(l -> l.startsWith(consumerNumber + " in ")).findFirst()
                .map(l -> l.substring(l.length() - 2)).orElseThrow(() -> new AssertionError(consumerNumber
                        + " has no placed application"));
    }

    private static Placement placed(String application) {
        Placement placement = placements.get(application);
        if (placement == null) {
            throw new AssertionError("the application of " + application + " is not placed; the last run said: "
                    + last.waitlist().stream().map(w -> w.explanation()).toList());
        }
        return placement;
    }

    private static String labelOf(WaitingApplication application) {
        return applications.entrySet().stream().filter(e -> e.getValue().id().equals(application.id()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static OfferingRequirement offering(String title) {
        OfferingRequirement requirement = offerings.get(title);
        if (requirement == null) {
            throw new AssertionError("no offering \"" + title + "\" in this scenario");
        }
        return requirement;
    }

    private static Set<String> split(String list) {
        return Arrays.stream(list.split(",\\s*|\\s+and\\s+|\\s+och\\s+")).map(String::strip).collect(Collectors.toSet());
    }
}
