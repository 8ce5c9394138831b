package se.esp.adapter.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.esp.domain.shared.Money;

class FormatsTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");

    @Test
    void writesAmountsTheSwedishWayWithNoBreakSpaces() {
        assertThat(Formats.money(Money.ofOre(123_450), SWEDISH)).isEqualTo("1\u00a0234,50\u00a0kr");
        assertThat(Formats.money(Money.ofOre(-1_300_000), SWEDISH)).isEqualTo("-13\u00a0000,00\u00a0kr");
        assertThat(Formats.money(Money.ZERO, SWEDISH)).isEqualTo("0,00\u00a0kr");
        assertThat(Formats.money(Money.ofKronor(1_000_000), SWEDISH)).isEqualTo("1\u00a0000\u00a0000,00\u00a0kr");
    }

    @Test
    void writesAmountsTheEnglishWayInEnglish() {
        assertThat(Formats.money(Money.ofOre(123_450), ENGLISH)).isEqualTo("SEK\u00a01,234.50");
        assertThat(Formats.money(Money.ofOre(-97_500), ENGLISH)).isEqualTo("SEK\u00a0-975.00");
    }

    @Test
    void groupsWholeNumbers() {
        assertThat(Formats.number(new BigDecimal("29021"), 0, SWEDISH)).isEqualTo("29\u00a0021");
        assertThat(Formats.number(new BigDecimal("29021"), 0, ENGLISH)).isEqualTo("29,021");
    }

    @Test
    void readsAmountsAsPeopleTypeThem() {
        assertThat(MoneyConverter.parse("1 234,50", SWEDISH)).isEqualTo(Money.ofOre(123_450));
        assertThat(MoneyConverter.parse("1\u00a0234,50 kr", SWEDISH)).isEqualTo(Money.ofOre(123_450));
        assertThat(MoneyConverter.parse("6500.5", SWEDISH)).isEqualTo(Money.ofOre(650_050));
        assertThat(MoneyConverter.parse("SEK 1,234.50", ENGLISH)).isEqualTo(Money.ofOre(123_450));
        assertThat(MoneyConverter.parse(" ", SWEDISH)).isNull();
    }

    @Test
    void refusesFractionsOfOreInsteadOfRounding() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MoneyConverter.parse("10,005", SWEDISH))
                .isInstanceOf(jakarta.faces.convert.ConverterException.class)
                .hasMessageContaining("kronor");
    }
}
