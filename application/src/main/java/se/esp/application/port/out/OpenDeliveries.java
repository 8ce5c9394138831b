package se.esp.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.OpenDelivery;
import se.esp.domain.resource.ResourceId;

/**
 * Every delivery that is planned or running, as matching needs it: each books its resource's weekly time, and
 * those not started with room can take more participants. Called inside {@link Transactions#inTransaction};
 * implemented by the deliveries area's storage.
 */
public interface OpenDeliveries {

    List<OpenDelivery> current();

    /**
     * The planned or running deliveries a pass over some queues needs: those the resources lead (they book their
     * weeks) and those of the queues (they may take participants). Storage with an index overrides this.
     */
    default List<OpenDelivery> forMatching(Collection<ResourceId> resources, Collection<MatchingQueue> queues) {
        Set<ResourceId> leading = Set.copyOf(resources);
        Set<MatchingQueue> wanted = Set.copyOf(queues);
        return current().stream().filter(d -> leading.contains(d.resource())
                || wanted.contains(new MatchingQueue(d.offeringVersion(), d.language()))).toList();
    }
}
