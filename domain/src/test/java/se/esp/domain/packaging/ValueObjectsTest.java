package se.esp.domain.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violations;

class ValueObjectsTest {

    @Test
    void aGroupSizeWhoseMinimumIsAboveItsMaximumNamesTheMinimum() {
        assertThatThrownBy(() -> new GroupSize(12, 4)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(fields(e)).containsExactly("min:OUT_OF_RANGE"));
    }

    @Test
    void aComponentOfZeroMinutesIsRefused() {
        assertThatThrownBy(() -> new Component(ComponentKind.GROUP_SESSION, 10, 0, Setting.ONLINE, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("durationMinutes:OUT_OF_RANGE"));
    }

    @Test
    void nestedViolationsKeepTheirPath() {
        Violations violations = new Violations();
        violations.checkNested("groupSize", () -> new GroupSize(5, 2));

        assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(fields(e)).containsExactly("groupSize.min:OUT_OF_RANGE"));
    }

    @Test
    void acceptsAnyIso6391LanguageAndRefusesOthers() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("sv", "Samhällsorientering");
        texts.put("ti", "ምሕደራ ሕብረተሰብ");
        texts.put("so", "Hagitaanka bulshada");
        assertThat(LocalisedText.parse(texts, 200).languages()).extracting(LanguageCode::value)
                .containsExactly("so", "sv", "ti");

        assertThatThrownBy(() -> LocalisedText.parse(Map.of("xx", "Nonsense"), 200))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("xx:UNKNOWN_VALUE"));
    }

    @Test
    void resourceHoursAreWholeQuarterHours() {
        assertThat(new ResourceRequirement(new CompetenceCode("nurse"), new BigDecimal("1.250")).hours())
                .isEqualByComparingTo("1.25");
        assertThatThrownBy(() -> new ResourceRequirement(new CompetenceCode("nurse"), new BigDecimal("1.1")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aChoiceFieldNeedsOptionsAndOtherFieldsHaveNone() {
        LocalisedText label = LocalisedText.svEn("Språk", "Language");
        assertThatThrownBy(() -> new FormField("language", label, FieldType.CHOICE, true, List.of()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("choices:REQUIRED"));
        assertThatThrownBy(() -> new FormField("age", label, FieldType.NUMBER, true,
                List.of(new Choice("a", label), new Choice("b", label))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("choices:NOT_ALLOWED"));
    }

    @Test
    void aNegativeFixedCostIsRefusedByName() {
        assertThatThrownBy(() -> new VariantCosts(Money.parse("-1"), Money.ZERO, Money.ZERO, BigDecimal.ZERO))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("materials:OUT_OF_RANGE"));
    }

    @Test
    void theSeededChecklistHasTheSevenCriteriaOfTheSourceDocuments() {
        assertThat(ReviewChecklist.seeded().criteria()).extracting(ReviewCriterion::key).containsExactly(
                "goal-stated", "target-group-described", "method-and-pedagogy", "accessibility",
                "personal-data-handling", "price-justified", "competence-requirement-defined");
    }

    private static List<String> fields(ValidationException e) {
        return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

}
