package se.esp.scenarios.support;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.esp.adapter.persistence.memory.InMemoryStore;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.OfferingVersionRef;

/**
 * The requirements of the offering versions on offer, in memory, until offerings are stored (the offering area then
 * implements {@link OfferingRequirements} from its published versions). Until MatchingDriver publishes real offerings, scenarios put them here.
 */
public final class ScenarioOfferingRequirements implements OfferingRequirements, InMemoryStore {

    private Map<OfferingVersionRef, OfferingRequirement> onOffer = new LinkedHashMap<>();

    /** The version is on offer with this requirement. */
    public synchronized void put(OfferingRequirement requirement) {
        onOffer.put(requirement.offeringVersion(), requirement);
    }

    /** The version is no longer on offer (suspended, retired, replaced). */
    public synchronized void withdraw(OfferingVersionRef version) {
        onOffer.remove(version);
    }

    @Override
    public synchronized List<OfferingRequirement> onOffer(Collection<OfferingVersionRef> versions) {
        return versions.stream().distinct().map(onOffer::get).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(onOffer);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        onOffer = new LinkedHashMap<>((Map<OfferingVersionRef, OfferingRequirement>) snapshot);
    }
}
