package se.esp.domain.matching;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import se.esp.domain.resource.ResourceId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * What a change of demand can affect, and what a pass over it needs to see. A new, cancelled or rejected application
 * concerns one {@link MatchingQueue}; a pass over some queues decides their waiting applications exactly as a pass over
 * everything would, provided everything else was settled by earlier passes (a {@link MatchingEngine} pass leaves
 * nothing a later pass could still do) and the pass sees:
 *
 * <ul>
 * <li>the queues' waiting applications and their offering versions' requirements;</li>
 * <li>every resource that {@link #serves serves} one of the queues (speaks its language, holds every competence it
 * requires), with <em>every</em> open delivery such a resource leads, because those book its week whatever queue
 * they belong to;</li>
 * <li>the queues' own open deliveries (to fill them).</li>
 * </ul>
 *
 * <p>Why that is enough: a settled queue outside the scope has nothing its pass could place (capacity only shrinks
 * within a pass, and its demand and deliveries did not change), so in a pass over everything it books nothing and the
 * queues in scope meet the same resources in the same state. The other way round, the only waits outside the scope a
 * pass can change are those for a minimum group whose free resource the pass has just booked: their explanation names
 * that resource, or there is none left. {@link #touchedBy} names those queues; a second pass over them (it places
 * nobody) brings their waits up to date.</p>
 */
public final class MatchingScope {

    private final Set<MatchingQueue> queues;

    private MatchingScope(Collection<MatchingQueue> queues) {
        this.queues = Collections.unmodifiableSet(new TreeSet<>(queues));
    }

    public static MatchingScope of(Collection<MatchingQueue> queues) {
        return new MatchingScope(queues);
    }

    public Set<MatchingQueue> queues() {
        return queues;
    }

    public boolean isEmpty() {
        return queues.isEmpty();
    }

    public Set<OfferingVersionId> versions() {
        Set<OfferingVersionId> versions = new TreeSet<>();
        queues.forEach(q -> versions.add(q.offeringVersion()));
        return versions;
    }

    public Set<LanguageCode> languages() {
        Set<LanguageCode> languages = new TreeSet<>();
        queues.forEach(q -> languages.add(q.language()));
        return languages;
    }

    public boolean covers(WaitingApplication application) {
        return queues.contains(MatchingQueue.of(application));
    }

    public boolean covers(OpenDelivery delivery) {
        return queues.contains(new MatchingQueue(delivery.offeringVersion(), delivery.language()));
    }

    /** Whether the resource could lead a delivery of the requirement in the language (capacity aside). */
    public static boolean serves(ResourceSupply resource, OfferingRequirement requirement, LanguageCode language) {
        return requirement.languages().contains(language) && resource.languages().contains(language)
                && resource.competences().keySet().containsAll(requirement.competences());
    }

    /** Whether the resource serves one of the queues, given the requirements of those on offer. */
    public boolean needs(ResourceSupply resource, Map<OfferingVersionId, OfferingRequirement> requirements) {
        for (MatchingQueue queue : queues) {
            OfferingRequirement requirement = requirements.get(queue.offeringVersion());
            if (requirement != null && serves(resource, requirement, queue.language())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The input a pass over these queues needs, cut from the whole: see the class comment. Storage that can select
     * these rows itself gives the same input without reading the rest.
     */
    public MatchingInput cut(MatchingInput whole) {
        Set<OfferingVersionId> versions = versions();
        List<OfferingRequirement> requirements = whole.requirements().stream()
                .filter(r -> versions.contains(r.offeringVersion())).toList();
        Map<OfferingVersionId, OfferingRequirement> byVersion = new HashMap<>();
        requirements.forEach(r -> byVersion.put(r.offeringVersion(), r));
        List<ResourceSupply> resources = whole.resources().stream().filter(r -> needs(r, byVersion)).toList();
        Set<ResourceId> kept = new HashSet<>();
        resources.forEach(r -> kept.add(r.id()));
        return new MatchingInput(whole.asOf(), requirements,
                whole.applications().stream().filter(this::covers).toList(), resources,
                whole.openDeliveries().stream().filter(d -> kept.contains(d.resource()) || covers(d)).toList());
    }

    /**
     * The queues outside this scope whose waits a pass over it may have changed: of the queues given as waiting for
     * a minimum group (with their requirements), those served by a resource the pass booked for a new delivery.
     */
    public Set<MatchingQueue> touchedBy(MatchingResult result, Collection<ResourceSupply> supply,
                                        Map<MatchingQueue, OfferingRequirement> waitingForAGroup) {
        Set<ResourceId> booked = new HashSet<>();
        result.deliveries().stream().filter(PlannedDelivery::isNew).forEach(d -> booked.add(d.resource()));
        Set<MatchingQueue> touched = new TreeSet<>();
        if (booked.isEmpty()) {
            return touched;
        }
        for (ResourceSupply resource : supply) {
            if (!booked.contains(resource.id())) {
                continue;
            }
            waitingForAGroup.forEach((queue, requirement) -> {
                if (!queues.contains(queue) && serves(resource, requirement, queue.language())) {
                    touched.add(queue);
                }
            });
        }
        return touched;
    }

    @Override
    public String toString() {
        return queues.toString();
    }
}
