package se.esp.domain.settlement;

import java.math.BigDecimal;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Hours a resource delivered for a delivery at an hourly rate; the employer is paid for them. */
public record ResourceHours(String resourceId, OrganisationId employer, BigDecimal hours, Money hourlyRate) {

    public ResourceHours {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        if (hours.signum() < 0) {
            throw ValidationException.of("hours", ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
        if (hourlyRate.isNegative()) {
            throw ValidationException.of("hourlyRate", ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
    }

    /** Hours × rate, rounded once. */
    public Money cost() {
        return hourlyRate.times(hours);
    }
}
