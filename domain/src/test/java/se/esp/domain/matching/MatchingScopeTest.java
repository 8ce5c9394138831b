package se.esp.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import se.esp.domain.shared.ApplicationId;

/**
 * Matching per queue decides as matching of everything does. For random national-pool-like instances: settle a first
 * demand with a pass over everything, store it (placed applications leave the demand, deliveries get ids, waits are
 * kept), change it as the platform does — new applications, a waiting application cancelled, a seat given up — and
 * decide once over everything and once as the service does: a pass over the changed queues, then a pass over the
 * queues whose minimum-group waits it touched. Every application must get the same decision, to the word of its
 * explanation and the delivery (its resource, start and weekly times) it is placed in.
 */
class MatchingScopeTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    /** A decision as it would be stored: a place (which delivery, why) or a wait (reason, why). */
    private record Decision(String delivery, String reason, String explanation) {
    }

    /** Demand, open deliveries and the stored waits between passes. */
    private static final class State {
        final List<OfferingRequirement> requirements;
        final List<ResourceSupply> supply;
        final Map<ApplicationId, WaitingApplication> waiting = new LinkedHashMap<>();
        final Map<UUID, OpenDelivery> open = new LinkedHashMap<>();
        final Map<ApplicationId, WaitlistEntry> waits = new HashMap<>();
        final Map<ApplicationId, Decision> decisions = new HashMap<>();

        State(List<OfferingRequirement> requirements, List<ResourceSupply> supply) {
            this.requirements = requirements;
            this.supply = supply;
        }

        State copy() {
            State copy = new State(requirements, supply);
            copy.waiting.putAll(waiting);
            copy.open.putAll(open);
            copy.waits.putAll(waits);
            copy.decisions.putAll(decisions);
            return copy;
        }

        MatchingInput input() {
            return new MatchingInput(TODAY, requirements, List.copyOf(waiting.values()), supply,
                    List.copyOf(open.values()));
        }

        /** Stores a result as the service does: new deliveries get ids, placed applications leave the demand. */
        void store(MatchingResult result, String salt) {
            Map<DeliveryKey, UUID> ids = new HashMap<>();
            for (PlannedDelivery planned : result.deliveries()) {
                UUID id = planned.isNew() ? UUID.nameUUIDFromBytes((salt + planned.key()).getBytes())
                        : UUID.fromString(planned.key().value());
                ids.put(planned.key(), id);
                open.put(id, new OpenDelivery(id, planned.offeringVersion(), planned.language(), planned.resource(),
                        planned.sessionSlots(), planned.startsOn(), planned.participants()));
            }
            for (Placement placement : result.placements()) {
                waiting.remove(placement.application());
                waits.remove(placement.application());
                OpenDelivery delivery = open.get(ids.get(placement.delivery()));
                decisions.put(placement.application(), new Decision(describe(delivery), null,
                        placement.explanation()));
            }
            for (WaitlistEntry entry : result.waitlist()) {
                waits.put(entry.application(), entry);
                decisions.put(entry.application(), new Decision(null, entry.reason().name(), entry.explanation()));
            }
        }

        /** The open deliveries by what they are and hold, whatever ids they were given. */
        Map<String, Integer> deliveries() {
            Map<String, Integer> deliveries = new TreeMap<>();
            open.values().forEach(d -> deliveries.put(d.offeringVersion() + " " + d.language() + " " + describe(d),
                    d.participants()));
            return deliveries;
        }

        private static String describe(OpenDelivery delivery) {
            return delivery.resource() + " " + delivery.startsOn() + " " + delivery.sessionSlots();
        }
    }

    @Property(tries = 300)
    void aPassOverTheChangedQueuesDecidesAsAPassOverEverything(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 50) int applications,
            @ForAll @IntRange(min = 1, max = 15) int resources, @ForAll @IntRange(min = 1, max = 4) int arriving,
            @ForAll boolean cancelOne, @ForAll boolean freeASeat) {
        Random random = new Random(seed);
        List<OfferingRequirement> offerings = MatchingInvariantsTest.offerings(random);
        State settled = new State(offerings, MatchingInvariantsTest.resources(random, resources));
        MatchingInvariantsTest.demand(random, offerings, applications).forEach(a -> settled.waiting.put(a.id(), a));
        settled.store(MatchingEngine.match(settled.input()), "first");

        State changed = settled.copy();
        Set<MatchingQueue> queues = new HashSet<>();
        for (WaitingApplication application : MatchingInvariantsTest.demand(random, offerings, arriving)) {
            changed.waiting.put(application.id(), application);
            queues.add(MatchingQueue.of(application));
        }
        if (cancelOne && !settled.waiting.isEmpty()) {
            List<WaitingApplication> candidates = new ArrayList<>(settled.waiting.values());
            WaitingApplication cancelled = candidates.get(random.nextInt(candidates.size()));
            changed.waiting.remove(cancelled.id());
            changed.waits.remove(cancelled.id());
            changed.decisions.remove(cancelled.id());
            queues.add(MatchingQueue.of(cancelled));
        }
        if (freeASeat && !settled.open.isEmpty()) {
            List<OpenDelivery> candidates = new ArrayList<>(settled.open.values()).stream()
                    .filter(d -> d.participants() > 0).toList();
            if (!candidates.isEmpty()) {
                OpenDelivery delivery = candidates.get(random.nextInt(candidates.size()));
                changed.open.put(delivery.id(), new OpenDelivery(delivery.id(), delivery.offeringVersion(),
                        delivery.language(), delivery.resource(), delivery.sessionSlots(), delivery.startsOn(),
                        delivery.participants() - 1));
                queues.add(new MatchingQueue(delivery.offeringVersion(), delivery.language()));
            }
        }

        State everything = changed.copy();
        everything.store(MatchingEngine.match(everything.input()), "second");

        State perQueue = changed.copy();
        MatchingScope scope = MatchingScope.of(queues);
        MatchingResult inScope = MatchingEngine.match(scope.cut(perQueue.input()));
        perQueue.store(inScope, "second");
        Map<MatchingQueue, OfferingRequirement> waitingForAGroup = new TreeMap<>();
        for (WaitlistEntry wait : perQueue.waits.values()) {
            WaitingApplication application = perQueue.waiting.get(wait.application());
            if (wait.reason() == WaitReason.MINIMUM_GROUP_NOT_REACHED) {
                offerings.stream().filter(o -> o.offeringVersion().equals(application.offeringVersion()))
                        .forEach(o -> waitingForAGroup.put(MatchingQueue.of(application), o));
            }
        }
        Set<MatchingQueue> touched = scope.touchedBy(inScope, perQueue.supply, waitingForAGroup);
        if (!touched.isEmpty()) {
            MatchingResult waitsAgain = MatchingEngine.match(MatchingScope.of(touched).cut(perQueue.input()));
            assertThat(waitsAgain.placements()).as("a pass over touched queues places nobody").isEmpty();
            perQueue.store(waitsAgain, "touched");
        }

        assertThat(perQueue.decisions).isEqualTo(everything.decisions);
        assertThat(perQueue.deliveries()).isEqualTo(everything.deliveries());
    }

    @Property(tries = 300)
    void aPassLeavesNothingASecondPassCouldDo(@ForAll long seed,
                                               @ForAll @IntRange(min = 0, max = 60) int applications,
                                               @ForAll @IntRange(min = 0, max = 15) int resources) {
        Random random = new Random(seed);
        List<OfferingRequirement> offerings = MatchingInvariantsTest.offerings(random);
        State state = new State(offerings, MatchingInvariantsTest.resources(random, resources));
        MatchingInvariantsTest.demand(random, offerings, applications).forEach(a -> state.waiting.put(a.id(), a));
        MatchingResult first = MatchingEngine.match(state.input());
        state.store(first, "first");

        MatchingResult again = MatchingEngine.match(state.input());

        assertThat(again.placements()).isEmpty();
        assertThat(again.deliveries()).isEmpty();
        assertThat(again.waitlist()).containsExactlyInAnyOrderElementsOf(first.waitlist());
    }

}
