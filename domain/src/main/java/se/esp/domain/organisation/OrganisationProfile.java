package se.esp.domain.organisation;

import java.util.Objects;
import java.util.Optional;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * The descriptive, changeable part of an organisation. Population is required exactly for the kinds that
 * have inhabitants (municipalities and regions) and refused for the others, so fees never rest on a guess.
 *
 * @param participationLevel {@code null} when the organisation has no participation agreement
 */
public record OrganisationProfile(OrganisationName name, OrganisationKind kind, Population population,
                                  ParticipationLevel participationLevel) {

    public OrganisationProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (kind.hasPopulation() && population == null) {
            throw ValidationException.of("population", ViolationCode.REQUIRED,
                    "is required for a " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!kind.hasPopulation() && population != null) {
            throw ValidationException.of("population", ViolationCode.NOT_ALLOWED,
                    "applies only to municipalities and regions");
        }
    }

    public Optional<Population> populationIfAny() {
        return Optional.ofNullable(population);
    }

    public Optional<ParticipationLevel> participationLevelIfAny() {
        return Optional.ofNullable(participationLevel);
    }
}
