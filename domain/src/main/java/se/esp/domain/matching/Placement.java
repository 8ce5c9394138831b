package se.esp.domain.matching;

import java.util.Objects;

import se.esp.domain.resource.ResourceId;
import se.esp.domain.shared.ApplicationId;

/**
 * An application placed in a delivery, with the plain-language reason why that delivery and that resource.
 *
 * @param opensDelivery whether this application opened the delivery (its first participants)
 */
public record Placement(ApplicationId application, DeliveryKey delivery, ResourceId resource, boolean opensDelivery,
                        String explanation) implements MatchingDecision {

    public Placement {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(explanation, "explanation");
    }
}
