package se.esp.domain.fee;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * A partner's agreed fixed fee: {@code fee} per {@code per} (month, quarter, half-year, year), from {@code startsOn}
 * up to and including {@code endsOn} ({@code null}: open-ended). A billing period only partly covered is prorated
 * by days.
 */
public record Partnership(FeeItemId id, OrganisationId partner, Money fee, BillingPeriod per, LocalDate startsOn,
                          LocalDate endsOn) {

    public Partnership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partner, "partner");
        if (fee == null) {
            throw ValidationException.of("fee", ViolationCode.REQUIRED, "must be given");
        }
        if (!fee.isPositive()) {
            throw ValidationException.of("fee", ViolationCode.OUT_OF_RANGE, "must be more than 0");
        }
        if (per == null) {
            throw ValidationException.of("per", ViolationCode.REQUIRED, "must be MONTH, QUARTER, HALF_YEAR or YEAR");
        }
        if (startsOn == null) {
            throw ValidationException.of("startsOn", ViolationCode.REQUIRED, "must be given");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw ValidationException.of("endsOn", ViolationCode.OUT_OF_RANGE, "must not be before startsOn");
        }
    }

    public Optional<LocalDate> endsOnIfAny() {
        return Optional.ofNullable(endsOn);
    }

    public Partnership endingOn(LocalDate day) {
        return new Partnership(id, partner, fee, per, startsOn, day);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
