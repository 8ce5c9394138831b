package se.esp.domain.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.Money;

/**
 * A completed delivery as far as money goes: who supplied it, when it completed, its terms (price per participant,
 * split rule, the resource's assignment) and its places in the order they were taken. Settlement reads a month's
 * deliveries in this shape, so a store can hand over hundreds of thousands of them without building whole
 * aggregates; {@link Delivery#asSale()} gives the same for a loaded delivery, and both split the price with the same
 * code.
 */
public record DeliverySale(DeliveryId id, OrganisationId supplier, Instant completedAt, Money pricePerParticipant,
                           CostSplitRule costSplitRule, ResourceAssignment resource, List<Place> places) {

    /** One participant's place: the application it belongs to and the consumer organisation paying for it. */
    public record Place(ApplicationId application, OrganisationId consumer) {

        public Place {
            Objects.requireNonNull(application, "application");
            Objects.requireNonNull(consumer, "consumer");
        }
    }

    public DeliverySale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(pricePerParticipant, "pricePerParticipant");
        Objects.requireNonNull(costSplitRule, "costSplitRule");
        Objects.requireNonNull(resource, "resource");
        places = List.copyOf(places);
        if (places.isEmpty()) {
            throw new IllegalArgumentException("a completed delivery has at least one participant");
        }
    }

    /** The price: per participant × participants. */
    public Money price() {
        return pricePerParticipant.times(places.size());
    }

    /** Participants per consumer organisation, in the order the organisations joined. */
    public Map<OrganisationId, Integer> participantsPerConsumer() {
        return participantsPerConsumer(places);
    }

    /** Participants per application, in the order the applications joined. */
    public Map<ApplicationId, Integer> participantsPerApplication() {
        Map<ApplicationId, Integer> result = new LinkedHashMap<>();
        places.forEach(p -> result.merge(p.application(), 1, Integer::sum));
        return result;
    }

    /** The consumer organisation an application of this delivery belongs to. */
    public OrganisationId consumerOf(ApplicationId application) {
        return places.stream().filter(p -> p.application().equals(application)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(application + " has no place in delivery " + id))
                .consumer();
    }

    /**
     * The price split between the consumer organisations by the rule, largest remainder, in the order the
     * organisations joined.
     *
     * @param populations each consumer organisation's population; used only when the rule is by population
     */
    public List<CostShare> costShares(Map<OrganisationId, Long> populations) {
        return costShares(price(), costSplitRule, places, populations);
    }

    /**
     * Each application's part of the price: its organisation's {@link #costShares share}, split between that
     * organisation's applications by participants (largest remainder), so the parts sum to the price.
     */
    public Map<ApplicationId, Money> sharesByApplication(Map<OrganisationId, Long> populations) {
        return sharesByApplication(price(), costSplitRule, places, populations);
    }

    static Map<OrganisationId, Integer> participantsPerConsumer(List<Place> places) {
        Map<OrganisationId, Integer> result = new LinkedHashMap<>();
        places.forEach(p -> result.merge(p.consumer(), 1, Integer::sum));
        return result;
    }

    static List<CostShare> costShares(Money price, CostSplitRule rule, List<Place> places,
                                      Map<OrganisationId, Long> populations) {
        List<CostShareholder> holders = participantsPerConsumer(places).entrySet().stream()
                .map(e -> new CostShareholder(e.getKey(), e.getValue(), populations.getOrDefault(e.getKey(), 0L)))
                .toList();
        return CostSplit.split(price, rule, holders);
    }

    static Map<ApplicationId, Money> sharesByApplication(Money price, CostSplitRule rule, List<Place> places,
                                                          Map<OrganisationId, Long> populations) {
        Map<ApplicationId, Money> result = new LinkedHashMap<>();
        for (CostShare share : costShares(price, rule, places, populations)) {
            Map<ApplicationId, Long> applications = new LinkedHashMap<>();
            places.stream().filter(p -> p.consumer().equals(share.organisation()))
                    .forEach(p -> applications.merge(p.application(), 1L, Long::sum));
            List<Money> parts = share.amount().allocate(new ArrayList<>(applications.values()));
            int i = 0;
            for (ApplicationId application : applications.keySet()) {
                result.put(application, parts.get(i++));
            }
        }
        return result;
    }
}
