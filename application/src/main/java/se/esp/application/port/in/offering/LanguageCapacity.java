package se.esp.application.port.in.offering;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.shared.LanguageCode;

/**
 * An offering's capacity in one delivery language, from matching's state: when one more participant could start,
 * and who waits.
 *
 * @param nextStart           {@code null}: no delivery could take a participant within the forecast's horizon (no
 *                            eligible resource with free time, or the offering needs none that matching knows)
 * @param waitingApplications applications waiting for a place in this language
 * @param waitingParticipants their participants together
 */
public record LanguageCapacity(LanguageCode language, LocalDate nextStart, int waitingApplications,
                               int waitingParticipants) {

    public LanguageCapacity {
        Objects.requireNonNull(language, "language");
        if (waitingApplications < 0 || waitingParticipants < waitingApplications) {
            throw new IllegalArgumentException("waiting counts out of range");
        }
    }

    public Optional<LocalDate> nextStartIfAny() {
        return Optional.ofNullable(nextStart);
    }
}
