package se.esp.adapter.persistence.organisation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import se.esp.domain.organisation.ParticipationLevel;

/** A row of {@code organisation_fee_basis}: population and participation level from a day on. */
@Embeddable
public class FeeBasisEmbeddable {

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "population")
    Long population;

    @Enumerated(EnumType.STRING)
    @Column(name = "participation_level", length = 32)
    ParticipationLevel participationLevel;

    protected FeeBasisEmbeddable() {
    }

    FeeBasisEmbeddable(LocalDate validFrom, Long population, ParticipationLevel participationLevel) {
        this.validFrom = validFrom;
        this.population = population;
        this.participationLevel = participationLevel;
    }
}
