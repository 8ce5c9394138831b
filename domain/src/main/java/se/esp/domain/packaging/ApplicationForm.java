package se.esp.domain.packaging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * The fields a consumer fills in when applying for a participant; every key at most once.
 *
 * @param identityNumberRequired whether each participant's personal identity number is asked for; it is kept only
 *                               then (an age limit in the eligibility rules asks for it too)
 */
public record ApplicationForm(List<FormField> fields, boolean identityNumberRequired) {

    public static final int MAX_FIELDS = 100;

    public ApplicationForm {
        fields = fields == null ? List.of() : List.copyOf(fields);
        Violations violations = new Violations();
        if (fields.size() > MAX_FIELDS) {
            violations.add("fields", ViolationCode.OUT_OF_RANGE, "at most " + MAX_FIELDS + " fields");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!keys.add(fields.get(i).key())) {
                violations.add("fields[" + i + "].key", ViolationCode.NOT_ALLOWED,
                        "the key '" + fields.get(i).key() + "' is used twice");
            }
        }
        violations.throwIfAny();
    }

    /** A form of fields that does not ask for the identity number. */
    public ApplicationForm(List<FormField> fields) {
        this(fields, false);
    }

    public static ApplicationForm none() {
        return new ApplicationForm(List.of(), false);
    }

    public java.util.Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
