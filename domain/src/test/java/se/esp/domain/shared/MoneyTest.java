package se.esp.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class MoneyTest {

    @Test
    void keepsWholeOreExactly() {
        assertThat(Money.parse("6 500,00")).isEqualTo(Money.ofKronor(6_500));
        assertThat(Money.parse("0.1").plus(Money.parse("0.2"))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.ofKronor(new BigDecimal("13000.00")).toPlainString()).isEqualTo("13000.00");
    }

    @Test
    void refusesFractionsOfOre() {
        assertThatThrownBy(() -> Money.parse("10.005"))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCode.INVALID_FORMAT));
    }

    @Test
    void roundsOnceHalfAwayFromZero() {
        assertThat(Money.ofOre(10).percent(new BigDecimal("5"))).isEqualTo(Money.ofOre(1)); // 0.5 öre -> 1
        assertThat(Money.ofOre(-10).percent(new BigDecimal("5"))).isEqualTo(Money.ofOre(-1));
        assertThat(Money.ofOre(9).percent(new BigDecimal("5"))).isEqualTo(Money.ofOre(0)); // 0.45 öre -> 0
        assertThat(Money.ofKronor(19_500).percent(new BigDecimal("5"))).isEqualTo(Money.ofKronor(975));
        assertThat(Money.ofKronor(30_000).times(21, 30)).isEqualTo(Money.ofKronor(21_000));
    }

    @Test
    void splitsTheWorkedExamplesDeliveryTwoToOne() {
        assertThat(Money.ofKronor(19_500).allocate(List.of(2L, 1L)))
                .containsExactly(Money.ofKronor(13_000), Money.ofKronor(6_500));
    }

    @Test
    void givesLeftoverOreToTheLargestRemaindersFirst() {
        assertThat(Money.ofOre(100).allocate(List.of(1L, 1L, 1L)))
                .containsExactly(Money.ofOre(34), Money.ofOre(33), Money.ofOre(33));
        assertThat(Money.ofOre(-100).allocate(List.of(1L, 1L, 1L)))
                .containsExactly(Money.ofOre(-34), Money.ofOre(-33), Money.ofOre(-33));
    }

    @Property
    void anAllocationSumsExactlyToTheWhole(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long ore,
                                           @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 10_000_000) Long> weights) {
        if (weights.stream().allMatch(w -> w == 0)) {
            return;
        }
        List<Money> parts = Money.ofOre(ore).allocate(weights);

        assertThat(Money.sum(parts)).isEqualTo(Money.ofOre(ore));
    }

    @Property
    void noPartDiffersFromItsExactShareByOneOreOrMore(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long ore,
                                                      @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 10_000_000) Long> weights) {
        long total = weights.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return;
        }
        List<Money> parts = Money.ofOre(ore).allocate(weights);

        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(ore).multiply(BigInteger.valueOf(weights.get(i))))
                    .divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
            BigDecimal difference = exact.subtract(BigDecimal.valueOf(parts.get(i).ore())).abs();
            assertThat(difference).isLessThan(BigDecimal.ONE);
        }
    }
}
