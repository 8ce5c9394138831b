package se.esp.adapter.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

class ConsoleErrorsTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void aViolationBelongsToTheInputNamedLikeItsField() {
        assertThat(ConsoleErrors.inputId("population")).isEqualTo("population");
        assertThat(ConsoleErrors.inputId("membershipBands[1].entryFee")).isEqualTo("membershipBands_1__entryFee");
    }

    @Test
    void aFieldsOwnSentenceWinsOverTheGeneralOne() {
        assertThat(ConsoleErrors.sentence(new Violation("organisationNumber", ViolationCode.INVALID_CHECK_DIGIT, "x"),
                SWEDISH)).startsWith("Organisationsnumrets kontrollsiffra");
        assertThat(ConsoleErrors.sentence(new Violation("bands[0].population", ViolationCode.REQUIRED, "x"),
                SWEDISH)).startsWith("Ange invånarantalet");
        assertThat(ConsoleErrors.sentence(new Violation("title", ViolationCode.REQUIRED, "x"), SWEDISH))
                .isEqualTo("Fyll i det här fältet.");
    }

    @Test
    void aReferenceIsShortAndReadable() {
        assertThat(ConsoleErrors.reference()).matches("[0-9A-F]{8}");
    }
}
