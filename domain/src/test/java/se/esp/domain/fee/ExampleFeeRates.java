package se.esp.domain.fee;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;

/**
 * The examples of DOMAIN.md ("Money: fee rules and settlement") as fee rates, for tests in every module (the
 * domain's test-jar).
 * Populations "under 10 000", "10 000–100 000" and "over 100 000" become bands starting at 0, 10 000 and 100 001.
 */
public final class ExampleFeeRates {

    private ExampleFeeRates() {
    }

    public static FeeRates pricesOf(int baseYear) {
        Map<ParticipationLevel, Money> participation = new EnumMap<>(ParticipationLevel.class);
        participation.put(ParticipationLevel.DRIVING, Money.ofKronor(1_000_000));
        participation.put(ParticipationLevel.ACTIVE, Money.ofKronor(500_000));
        participation.put(ParticipationLevel.PARTICIPATING, Money.ofKronor(200_000));
        participation.put(ParticipationLevel.ASSOCIATED, Money.ofKronor(50_000));
        return new FeeRates(Percentage.of(5), Percentage.of(10),
                new MembershipFees(List.of(
                        new PopulationBand(0, Money.ofKronor(5_000), Money.ofKronor(8_000)),
                        new PopulationBand(10_000, Money.ofKronor(10_000), Money.ofKronor(16_000)),
                        new PopulationBand(100_001, Money.ofKronor(20_000), Money.ofKronor(32_000)))),
                new ParticipationFees(participation),
                new Indexation(Percentage.of(5), baseYear));
    }
}
