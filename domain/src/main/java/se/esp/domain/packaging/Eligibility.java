package se.esp.domain.packaging;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Who may take part: an age range (either end open) and target groups (empty: anybody).
 *
 * @param minAge {@code null}: no lower limit
 * @param maxAge {@code null}: no upper limit
 */
public record Eligibility(Integer minAge, Integer maxAge, Set<TargetGroup> targetGroups) {

    public static final int OLDEST = 130;

    public Eligibility {
        Violations violations = new Violations();
        if (minAge != null && (minAge < 0 || minAge > OLDEST)) {
            violations.add("minAge", ViolationCode.OUT_OF_RANGE, "must be between 0 and " + OLDEST);
        }
        if (maxAge != null && (maxAge < 0 || maxAge > OLDEST)) {
            violations.add("maxAge", ViolationCode.OUT_OF_RANGE, "must be between 0 and " + OLDEST);
        }
        if (violations.isEmpty() && minAge != null && maxAge != null && minAge > maxAge) {
            violations.add("minAge", ViolationCode.OUT_OF_RANGE, "must not be above maxAge (" + maxAge + ")");
        }
        violations.throwIfAny();
        targetGroups = targetGroups == null || targetGroups.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
    }

    public static Eligibility anybody() {
        return new Eligibility(null, null, Set.of());
    }

    public boolean admitsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }
}
