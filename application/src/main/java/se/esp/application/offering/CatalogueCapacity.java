package se.esp.application.offering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import se.esp.application.port.in.offering.LanguageCapacity;
import se.esp.application.port.in.offering.OfferingCapacity;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.WaitingDemand;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.OpenDelivery;
import se.esp.domain.matching.ResourceSupply;
import se.esp.domain.matching.StartForecast;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Capacity for the catalogue, from matching's state: per offering and delivery language the next day a participant
 * could start ({@link StartForecast}, the matching engine's own rules) and the applications waiting. Reads matching's
 * ports inside the caller's transaction, each once per call: the resources that can be matched, the planned and
 * running deliveries, the requirements of the versions concerned and the waiting applications of their queues.
 *
 * <p>A delivery's booking of its resource ends after its last day, known from its version's session plan; a
 * delivery of a version no longer on offer keeps its resource's time booked for the forecast, as it does for
 * matching.</p>
 */
public final class CatalogueCapacity {

    private final OfferingRequirements requirements;
    private final WaitingDemand demand;
    private final OpenDeliveries deliveries;
    private final Resources resources;
    private final Clock clock;

    public CatalogueCapacity(OfferingRequirements requirements, WaitingDemand demand, OpenDeliveries deliveries,
                             Resources resources, Clock clock) {
        this.requirements = Objects.requireNonNull(requirements, "requirements");
        this.demand = Objects.requireNonNull(demand, "demand");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Each entry's capacity, looking ahead so many days for its next start. */
    Map<OfferingId, OfferingCapacity> of(Collection<CatalogueEntry> entries, int horizonDays) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        State state = new State(entries);
        LocalDate until = state.today.plusDays(horizonDays);
        Map<OfferingId, OfferingCapacity> capacity = new LinkedHashMap<>();
        for (CatalogueEntry entry : entries) {
            List<LanguageCapacity> languages = new ArrayList<>();
            for (LanguageCode language : entry.deliveryLanguages()) {
                MatchingQueue queue = new MatchingQueue(entry.versionId(), language);
                List<WaitingApplication> waiting = state.waiting.getOrDefault(queue, List.of());
                languages.add(new LanguageCapacity(language, state.nextStart(entry, language, until),
                        waiting.size(), waiting.stream().mapToInt(WaitingApplication::participants).sum()));
            }
            capacity.put(entry.offeringId(), new OfferingCapacity(entry.offeringId(), languages));
        }
        return capacity;
    }

    /** Those of the entries a participant can start within so many days in one of their languages. */
    Set<OfferingId> startingWithin(Collection<CatalogueEntry> entries, int days) {
        if (entries.isEmpty()) {
            return Set.of();
        }
        State state = new State(entries);
        LocalDate until = state.today.plusDays(days);
        Set<OfferingId> starting = new HashSet<>();
        for (CatalogueEntry entry : entries) {
            for (LanguageCode language : entry.deliveryLanguages()) {
                if (state.nextStart(entry, language, until) != null) {
                    starting.add(entry.offeringId());
                    break;
                }
            }
        }
        return starting;
    }

    /** Matching's state for some entries, read once. */
    private final class State {
        final LocalDate today = LocalDate.now(clock);
        final Map<OfferingVersionId, OfferingRequirement> byVersion = new HashMap<>();
        final List<ResourceSupply> supply;
        final List<OpenDelivery> open;
        final Map<UUID, LocalDate> lastDays = new HashMap<>();
        final Map<MatchingQueue, List<WaitingApplication>> waiting = new HashMap<>();

        State(Collection<CatalogueEntry> entries) {
            open = deliveries.current();
            Set<OfferingVersionId> versions = new TreeSet<>();
            entries.forEach(e -> versions.add(e.versionId()));
            open.forEach(d -> versions.add(d.offeringVersion()));
            requirements.onOffer(versions).forEach(r -> byVersion.put(r.offeringVersion(), r));
            for (OpenDelivery delivery : open) {
                OfferingRequirement requirement = byVersion.get(delivery.offeringVersion());
                if (requirement != null) {
                    lastDays.put(delivery.id(), requirement.sessions().lastDay(delivery.startsOn()));
                }
            }
            supply = resources.matchable().stream().map(r -> ResourceSupply.of(r, today, null))
                    .filter(s -> !s.competences().isEmpty()).toList();
            List<MatchingQueue> queues = new ArrayList<>();
            for (CatalogueEntry entry : entries) {
                entry.deliveryLanguages().forEach(language -> queues.add(new MatchingQueue(entry.versionId(), language)));
            }
            demand.waitingIn(queues).forEach(a -> waiting.computeIfAbsent(MatchingQueue.of(a),
                    q -> new ArrayList<>()).add(a));
        }

        LocalDate nextStart(CatalogueEntry entry, LanguageCode language, LocalDate until) {
            OfferingRequirement requirement = byVersion.get(entry.versionId());
            if (requirement == null) {
                return null;
            }
            return StartForecast.nextStart(today, requirement, language, supply, open, lastDays, until).orElse(null);
        }
    }
}
