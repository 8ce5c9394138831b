package se.esp.domain.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

class PersonalIdentityNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"19811218-9876", "198112189876", " 19811218-9876 "})
    void acceptsTheTwelveDigitFormWithOrWithoutHyphen(String written) {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse(written);

        assertThat(number.value()).isEqualTo("198112189876");
        assertThat(number.formatted()).isEqualTo("19811218-9876");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1981, 12, 18));
    }

    @Test
    void derivesTheAgeOnAGivenDay() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("19811218-9876");

        assertThat(number.ageOn(LocalDate.of(2026, 12, 17))).isEqualTo(44);
        assertThat(number.ageOn(LocalDate.of(2026, 12, 18))).isEqualTo(45);
    }

    @Test
    void acceptsACoordinationNumberWithSixtyAddedToTheDay() {
        PersonalIdentityNumber number = withCheckDigit("200107" + "73" + "123");

        assertThat(number.isCoordinationNumber()).isTrue();
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(2001, 7, 13));
    }

    @Test
    void refusesABadCheckDigitNamingTheField() {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse("19811218-9875"))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("personalIdentityNumber");
                            assertThat(v.code()).isEqualTo(ViolationCode.INVALID_CHECK_DIGIT);
                        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"811218-9876", "8112189876", "19811318-9876", "19810231-1234", "1981121a-9876"})
    void refusesTheTenDigitFormImpossibleDatesAndOtherText(String written) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(written))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.code())
                                .containsExactly(ViolationCode.INVALID_FORMAT));
    }

    @Test
    void neverShowsTheNumberInItsTextForm() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("19811218-9876");

        assertThat(number.toString()).doesNotContain("9876").doesNotContain("811218");
        assertThatThrownBy(() -> PersonalIdentityNumber.parse("19811218-9875"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("9875"));
    }

    @Property
    void everyDateWithItsCheckDigitIsAcceptedAndAnyChangedLastDigitRefused(
            @ForAll @IntRange(min = 1900, max = 2025) int year, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 0, max = 999) int serial,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String eleven = String.format("%04d%02d%02d%03d", year, month, day, serial);
        PersonalIdentityNumber valid = withCheckDigit(eleven);
        int check = valid.value().charAt(11) - '0';
        String wrong = eleven + (check + shift) % 10;

        assertThat(valid.birthDate()).isEqualTo(LocalDate.of(year, month, day));
        assertThatThrownBy(() -> new PersonalIdentityNumber(wrong)).isInstanceOf(ValidationException.class);
    }

    private static PersonalIdentityNumber withCheckDigit(String elevenDigits) {
        for (int check = 0; check <= 9; check++) {
            String candidate = elevenDigits + check;
            if (PersonalIdentityNumber.hasValidCheckDigit(candidate.substring(2))) {
                return new PersonalIdentityNumber(candidate);
            }
        }
        throw new AssertionError("unreachable");
    }
}
