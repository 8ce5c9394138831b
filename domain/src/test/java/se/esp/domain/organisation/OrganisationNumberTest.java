package se.esp.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

class OrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"212000-0837", "2120000837", " 212000-0837 "})
    void acceptsTheNumberWithOrWithoutHyphenAndStoresItNormalised(String written) {
        OrganisationNumber number = OrganisationNumber.parse(written);

        assertThat(number.value()).isEqualTo("2120000837");
        assertThat(number.formatted()).isEqualTo("212000-0837");
    }

    @ParameterizedTest
    @ValueSource(strings = {"212000-0811", "212000-1124", "212000-2239", "232100-0016"})
    void acceptsRealMunicipalityAndRegionNumbers(String written) {
        assertThat(OrganisationNumber.parse(written).formatted()).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void theVatNumberIsTheSwedishFormOfTheOrganisationNumber() {
        assertThat(OrganisationNumber.parse("212000-0811").vatNumber()).isEqualTo("SE212000081101");
    }

    @org.junit.jupiter.api.Test
    void rejectsABadCheckDigitNamingTheField() {
        assertThatThrownBy(() -> OrganisationNumber.parse("556677-8890"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("organisationNumber");
                        assertThat(v.code()).isEqualTo(ViolationCode.INVALID_CHECK_DIGIT);
                    });
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"21200-00837", "212000_0837", "21200008370", "212000083", "abcdef-ghij", "2120000837x"})
    void rejectsMalformedNumbers(String written) {
        assertThatThrownBy(() -> OrganisationNumber.parse(written))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.code()).containsExactly(ViolationCode.INVALID_FORMAT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsAMissingNumberAsRequired(String written) {
        assertThatThrownBy(() -> OrganisationNumber.parse(written))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.code()).containsExactly(ViolationCode.REQUIRED));
    }

    @Property
    void everyNumberWithItsLuhnDigitIsAccepted(@ForAll("nineDigits") String nineDigits) {
        String number = nineDigits + luhnDigitFor(nineDigits);

        assertThat(OrganisationNumber.parse(number).value()).isEqualTo(number);
    }

    @Property
    void changingAnySingleDigitBreaksTheCheck(@ForAll("nineDigits") String nineDigits,
                                              @ForAll @IntRange(min = 0, max = 9) int position,
                                              @ForAll @IntRange(min = 1, max = 9) int delta) {
        String valid = nineDigits + luhnDigitFor(nineDigits);
        char[] digits = valid.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);

        assertThat(OrganisationNumber.hasValidCheckDigit(new String(digits))).isFalse();
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    /** Computed independently of the production code: the digit that makes the weighted sum a multiple of 10. */
    private static int luhnDigitFor(String nineDigits) {
        for (int candidate = 0; candidate <= 9; candidate++) {
            int sum = 0;
            String all = nineDigits + candidate;
            for (int i = 0; i < 10; i++) {
                int d = all.charAt(i) - '0';
                int p = (i % 2 == 0) ? d * 2 : d;
                sum += p > 9 ? p - 9 : p;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("no check digit for " + nineDigits);
    }
}
