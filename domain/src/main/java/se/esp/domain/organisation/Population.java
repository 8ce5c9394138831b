package se.esp.domain.organisation;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Number of inhabitants of a municipality or region; drives membership tiers and cost keys. */
public record Population(long value) {

    /** Far above Sweden's whole population; anything larger is a typing error. */
    public static final long MAXIMUM = 100_000_000L;

    public Population {
        if (value < 0) {
            throw ValidationException.of("population", ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
        if (value > MAXIMUM) {
            throw ValidationException.of("population", ViolationCode.OUT_OF_RANGE, "must be at most " + MAXIMUM);
        }
    }
}
