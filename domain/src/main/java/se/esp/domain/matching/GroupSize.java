package se.esp.domain.matching;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** The smallest and largest number of participants a delivery of an offering may have. */
public record GroupSize(int min, int max) {

    public GroupSize {
        if (min < 1) {
            throw ValidationException.of("groupSize.min", ViolationCode.OUT_OF_RANGE, "must be at least 1");
        }
        if (max < min || max > 1000) {
            throw ValidationException.of("groupSize.max", ViolationCode.OUT_OF_RANGE,
                    "must be between the minimum " + min + " and 1000");
        }
    }
}
