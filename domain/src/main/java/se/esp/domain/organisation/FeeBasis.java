package se.esp.domain.organisation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the fee rules read of an organisation — its population and participation level — from {@code validFrom}
 * until the next change. Kept as a history so that a change never rewrites what earlier months should have charged.
 *
 * @param population {@code null}: none on record
 * @param level      {@code null}: no participation level (no participation fee)
 */
public record FeeBasis(LocalDate validFrom, Population population, ParticipationLevel level) {

    /** The first entry of a history holds the values the organisation had before its first recorded change. */
    public static final LocalDate SINCE_REGISTRATION = LocalDate.of(1900, 1, 1);

    public FeeBasis {
        Objects.requireNonNull(validFrom, "validFrom");
    }
}
