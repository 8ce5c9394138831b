package se.esp.domain.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one matching run looks at: the day it runs, what the offerings ask, the waiting demand, the supply and
 * the open deliveries. The order of the lists does not matter: the engine orders everything itself.
 */
public record MatchingInput(LocalDate asOf, List<OfferingRequirement> requirements,
                            List<WaitingApplication> applications, List<ResourceSupply> resources,
                            List<OpenDelivery> openDeliveries) {

    public MatchingInput {
        Objects.requireNonNull(asOf, "asOf");
        requirements = List.copyOf(requirements);
        applications = List.copyOf(applications);
        resources = List.copyOf(resources);
        openDeliveries = List.copyOf(openDeliveries);
    }
}
