package se.esp.domain.delivery;

import java.math.BigDecimal;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.shared.Money;

/**
 * The resource leading a delivery, as it stood when assigned: whom their hours are paid to (the employer;
 * {@code null} for an independent resource), at what rate, and how many hours the delivery takes in all.
 */
public record ResourceAssignment(ResourceId resource, String displayName, OrganisationId employer, Money hourlyRate,
                                 BigDecimal hours) {

    public ResourceAssignment {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() < 0) {
            throw new IllegalArgumentException("hours cannot be negative");
        }
        hours = hours.stripTrailingZeros();
        if (hours.scale() < 0) {
            hours = hours.setScale(0);
        }
    }

    /** Hours × rate, rounded once. */
    public Money cost() {
        return hourlyRate.times(hours);
    }
}
