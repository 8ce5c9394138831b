package se.esp.domain.fee;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;

/**
 * What the fee rules need to know of an organisation: its population (membership band, cost key) and its
 * participation level. Either may be {@code null}.
 */
public record FeePayer(OrganisationId id, Population population, ParticipationLevel level) {

    public FeePayer {
        Objects.requireNonNull(id, "id");
    }

    long populationOrZero() {
        return population == null ? 0 : population.value();
    }
}
