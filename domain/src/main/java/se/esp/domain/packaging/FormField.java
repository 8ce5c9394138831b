package se.esp.domain.packaging;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * A field of the application form an offering needs: a key the answers are stored under, a label per language,
 * the type of answer, whether it is required, and for a choice the options.
 */
public record FormField(String key, LocalisedText label, FieldType type, boolean required, List<Choice> choices) {

    public FormField {
        Violations violations = new Violations();
        if (key == null || !key.matches("[a-z][A-Za-z0-9_-]{0,39}")) {
            violations.add("key", ViolationCode.INVALID_FORMAT,
                    "must start with a lower-case letter and be at most 40 letters, digits, '-' or '_'");
        }
        if (label == null || label.isEmpty()) {
            violations.add("label", ViolationCode.REQUIRED, "needs a text in at least one language");
        }
        if (type == null) {
            violations.add("type", ViolationCode.REQUIRED, "must be given");
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == FieldType.CHOICE && choices.size() < 2) {
            violations.add("choices", ViolationCode.REQUIRED, "a choice field needs at least two options");
        }
        if (type != null && type != FieldType.CHOICE && !choices.isEmpty()) {
            violations.add("choices", ViolationCode.NOT_ALLOWED, "only a choice field has options");
        }
        Set<String> values = new HashSet<>();
        for (Choice choice : choices) {
            if (!values.add(Objects.requireNonNull(choice, "choice").value())) {
                violations.add("choices", ViolationCode.NOT_ALLOWED, "the option '" + choice.value() + "' is given twice");
            }
        }
        violations.throwIfAny();
    }
}
