package se.esp.adapter.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;
import se.esp.domain.shared.ViolationCode;

class JsonBinderTest {

    enum Colour { RED, GREEN }

    record Slot(@Schema(required = true) LocalDate day, Integer minutes) {
    }

    record Example(@Schema(required = true, maxLength = 5) String name,
                   @Schema(minimum = "0") BigDecimal price,
                   @Schema(minimum = "1", maximum = "10") Integer size,
                   Colour colour,
                   UUID id,
                   YearMonth month,
                   boolean flag,
                   @Schema(maxItems = 2) List<Slot> slots,
                   Set<Colour> colours,
                   Map<String, JsonValue> answers) {
    }

    @Test
    void bindsEveryKindOfComponent() {
        var bound = JsonBinder.bind("""
                {"name": "abc", "price": "450.50", "size": 3, "colour": "RED",
                 "id": "6f1c1f0e-8a4b-4c1e-9d8e-2b5a6c7d8e9f", "month": "2026-03", "flag": true,
                 "slots": [{"day": "2026-03-02", "minutes": 90}], "colours": ["GREEN", "RED"],
                 "answers": {"q1": "yes", "q2": [1, 2]}}""", Example.class);
        Example example = bound.throwIfInvalid();
        assertThat(example.price()).isEqualByComparingTo("450.50");
        assertThat(example.colour()).isEqualTo(Colour.RED);
        assertThat(example.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(example.flag()).isTrue();
        assertThat(example.slots()).containsExactly(new Slot(LocalDate.of(2026, 3, 2), 90));
        assertThat(example.colours()).containsExactly(Colour.GREEN, Colour.RED);
        assertThat(example.answers()).containsKeys("q1", "q2");
        assertThat(bound.has("slots")).isTrue();
        assertThat(bound.has("size")).isTrue();
        assertThat(bound.has("colours")).isTrue();
    }

    @Test
    void reportsEveryViolationByItsPathAtOnce() {
        var bound = JsonBinder.bind("""
                {"name": "toolong", "price": -1, "size": 11, "colour": "BLUE", "id": "nope", "month": "-2026-01",
                 "flag": "yes", "slots": [{"minutes": 1.5, "extra": 1}, 7, {"day": "0000-01-01"}],
                 "colours": ["RED", 3], "answers": [], "unknown": 1}""", Example.class);
        assertThatThrownBy(bound::throwIfInvalid).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("name", "price", "size", "colour", "id", "month", "flag",
                                "slots", "colours[1]", "answers", "unknown"));
    }

    @Test
    void checksElementsOfAListWithinItsBound() {
        var bound = JsonBinder.bind("""
                {"name": "a", "slots": [{"minutes": 1.5, "extra": 1}, 7, {"day": "0000-01-01"}]}""", Example.class);
        assertThat(bound.violations().isEmpty()).isFalse();
        var bound2 = JsonBinder.bind("""
                {"name": "a", "slots": [{"minutes": 1.5, "extra": 1}, 7]}""", Example.class);
        assertThatThrownBy(bound2::throwIfInvalid)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("slots[0].day", "slots[0].minutes", "slots[0].extra",
                                "slots[1]"));
    }

    @Test
    void requiresRequiredFieldsAndAcceptsTopLevelFieldsSentBack() {
        var bound = JsonBinder.bind("{\"id\": null, \"version\": 3}", Example.class, "version");
        assertThatThrownBy(bound::throwIfInvalid)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(new Violation("name", ViolationCode.REQUIRED, "is required")));
    }

    @Test
    void refusesYearsOutsideTheSaneRange() {
        for (String month : List.of("0000-01", "+999999999-12", "1899-12", "3000-01", "2026-13", "2026-1")) {
            var bound = JsonBinder.bind("{\"name\": \"a\", \"month\": \"" + month + "\"}", Example.class);
            assertThat(bound.violations().concerns("month")).as(month).isTrue();
        }
    }

    @Test
    void boundsTheNumberOfViolationsReported() {
        StringBuilder body = new StringBuilder("{\"name\": \"a\"");
        for (int i = 0; i < 5000; i++) {
            body.append(", \"f").append(i).append("\": 1");
        }
        var bound = JsonBinder.bind(body.append('}').toString(), Example.class);
        assertThat(bound.violations().size()).isEqualTo(JsonBinder.MAX_VIOLATIONS);
    }

    @Test
    void refusesAWholeNumberOutsideItsJavaType() {
        var bound = JsonBinder.bind("{\"name\": \"a\", \"size\": 1e30}", Example.class);
        assertThat(bound.violations().concerns("size")).isTrue();
    }

    @Test
    void namesTheItemsOfAListByTheirPlaceInTheBodyWhenRefusedItemsWereLeftOut() {
        var bound = JsonBinder.bind("""
                {"name": "a", "slots": [null, {"day": "2026-03-02"}],
                 "colours": ["RED", 3, "BLUE", "GREEN"]}""", Example.class);
        assertThat(bound.itemPaths("slots", bound.value().slots().size())).containsExactly("slots[1]");
        assertThat(bound.itemPaths("colours", bound.value().colours().size())).containsExactly("colours[0]",
                "colours[3]");
    }
}
