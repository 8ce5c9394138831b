package se.esp.domain.fee;

import java.util.Comparator;
import java.util.List;

import se.esp.domain.organisation.Population;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Membership fees tiered by population: bands ordered by their lower bound, the first starting at 0. */
public record MembershipFees(List<PopulationBand> bands) {

    public MembershipFees {
        if (bands == null || bands.isEmpty()) {
            throw ValidationException.of("membershipBands", ViolationCode.REQUIRED, "at least one band is needed");
        }
        bands = bands.stream().sorted(Comparator.comparingLong(PopulationBand::fromPopulation)).toList();
        if (bands.get(0).fromPopulation() != 0) {
            throw ValidationException.of("membershipBands", ViolationCode.OUT_OF_RANGE,
                    "the first band must start at population 0");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).fromPopulation() == bands.get(i - 1).fromPopulation()) {
                throw ValidationException.of("membershipBands", ViolationCode.NOT_ALLOWED,
                        "two bands start at population " + bands.get(i).fromPopulation());
            }
        }
    }

    /** The band an organisation of this population falls in. */
    public PopulationBand bandFor(Population population) {
        PopulationBand found = bands.get(0);
        for (PopulationBand band : bands) {
            if (population.value() >= band.fromPopulation()) {
                found = band;
            }
        }
        return found;
    }
}
