package se.esp.domain.packaging;

import java.math.BigDecimal;
import java.util.Objects;

import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * The resource one occurrence of a component needs: a competence and the hours it takes (delivery plus
 * preparation), in quarter hours at the finest.
 */
public record ResourceRequirement(CompetenceCode competence, BigDecimal hours) {

    public static final BigDecimal MAX_HOURS = new BigDecimal("1000");

    public ResourceRequirement {
        Objects.requireNonNull(competence, "competence");
        if (hours == null) {
            throw ValidationException.of("hours", ViolationCode.REQUIRED, "must be given");
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw ValidationException.of("hours", ViolationCode.OUT_OF_RANGE, "must be above 0 and at most 1000");
        }
        if (hours.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() > 0) {
            throw ValidationException.of("hours", ViolationCode.INVALID_FORMAT, "must be whole quarter hours, e.g. 1.25");
        }
        hours = hours.stripTrailingZeros();
        if (hours.scale() < 0) {
            hours = hours.setScale(0);
        }
    }
}
