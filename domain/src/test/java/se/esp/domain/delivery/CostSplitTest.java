package se.esp.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

class CostSplitTest {

    private static final OrganisationId OLOFSTROM = OrganisationId.newId();
    private static final OrganisationId BORLANGE = OrganisationId.newId();

    @Test
    void theWorkedExampleSplitsTwoToOneToTheOre() {
        List<CostShare> shares = CostSplit.split(Money.ofKronor(19_500), CostSplitRule.PER_PARTICIPANT, List.of(
                new CostShareholder(OLOFSTROM, 2, 13_061), new CostShareholder(BORLANGE, 1, 51_424)));

        assertThat(shares).containsExactly(new CostShare(OLOFSTROM, Money.parse("13000.00")),
                new CostShare(BORLANGE, Money.parse("6500.00")));
    }

    @Test
    void equallyAndByPopulationGiveEveryOreToSomebody() {
        List<CostShareholder> both = List.of(new CostShareholder(OLOFSTROM, 2, 13_061),
                new CostShareholder(BORLANGE, 1, 51_424));

        assertThat(CostSplit.split(Money.parse("100.01"), CostSplitRule.EQUALLY, both)).extracting(CostShare::amount)
                .containsExactly(Money.parse("50.01"), Money.parse("50.00"));
        // 19 500.00 × 13 061 / 64 485 = 3 949.5929… and × 51 424 / 64 485 = 15 550.4070…: the one leftover öre
        // goes to the larger remainder (0.70 öre against 0.29).
        assertThat(CostSplit.split(Money.ofKronor(19_500), CostSplitRule.BY_POPULATION, both))
                .extracting(CostShare::amount)
                .containsExactly(Money.parse("3949.59"), Money.parse("15550.41"));
    }

    @Test
    void byPopulationNeedsAPopulation() {
        assertThatThrownBy(() -> CostSplit.split(Money.ofKronor(100), CostSplitRule.BY_POPULATION,
                List.of(new CostShareholder(OLOFSTROM, 1, 0))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COST_SPLIT_IMPOSSIBLE));
    }

    @Test
    void anOrganisationAppearsOnce() {
        assertThatThrownBy(() -> CostSplit.split(Money.ofKronor(100), CostSplitRule.EQUALLY,
                List.of(new CostShareholder(OLOFSTROM, 1, 1), new CostShareholder(OLOFSTROM, 2, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void noOreIsCreatedOrLostWhateverTheRule(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long ore,
                                             @ForAll CostSplitRule rule,
                                             @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 40) Integer> participants,
                                             @ForAll @LongRange(min = 1, max = 1_000_000) long populationSeed) {
        List<CostShareholder> shareholders = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            shareholders.add(new CostShareholder(OrganisationId.newId(), participants.get(i),
                    (populationSeed * (i + 7)) % 1_000_003));
        }
        if (rule == CostSplitRule.BY_POPULATION && shareholders.stream().allMatch(s -> s.population() == 0)) {
            return;
        }

        List<CostShare> shares = CostSplit.split(Money.ofOre(ore), rule, shareholders);

        assertThat(Money.sum(shares.stream().map(CostShare::amount).toList())).isEqualTo(Money.ofOre(ore));
        assertThat(shares).extracting(CostShare::organisation)
                .containsExactlyElementsOf(shareholders.stream().map(CostShareholder::organisation).toList());
        assertThat(shares).allSatisfy(s -> assertThat(s.amount().isNegative()).isFalse());
    }
}
