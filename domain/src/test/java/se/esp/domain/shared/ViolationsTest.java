package se.esp.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void collectsEveryFailingFieldUnderTheNameTheCallerGives() {
        Violations violations = new Violations();

        Object first = violations.check("supplier.name", () -> Text.requireText("name", " ", 10));
        String second = violations.check("title", () -> Text.requireText("title", "ok", 10));
        violations.add("population", ViolationCode.OUT_OF_RANGE, "must not be negative");

        assertThat(first).isNull();
        assertThat(second).isEqualTo("ok");
        assertThatThrownBy(violations::throwIfAny)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("supplier.name", "population"));
    }

    @Test
    void throwsNothingWhenAllFieldsPass() {
        Violations violations = new Violations();
        violations.check("title", () -> Text.requireText("title", "fine", 10));

        violations.throwIfAny();

        assertThat(violations.isEmpty()).isTrue();
    }
}
