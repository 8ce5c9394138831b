package se.esp.domain.packaging;

import java.util.Optional;

import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * A part of a service: e.g. 10 online group sessions of 60 minutes, each needing a study guide for 1.5 hours.
 *
 * @param resource {@code null} when the component needs no person (a self-study module)
 */
public record Component(ComponentKind kind, int count, int durationMinutes, Setting setting,
                        ResourceRequirement resource) {

    public static final int MAX_COUNT = 500;
    /** A week; longer components are described as several. */
    public static final int MAX_DURATION_MINUTES = 7 * 24 * 60;

    public Component {
        Violations violations = new Violations();
        if (kind == null) {
            violations.add("kind", ViolationCode.REQUIRED, "must be given");
        }
        if (count < 1 || count > MAX_COUNT) {
            violations.add("count", ViolationCode.OUT_OF_RANGE, "must be between 1 and " + MAX_COUNT);
        }
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            violations.add("durationMinutes", ViolationCode.OUT_OF_RANGE,
                    "must be between 1 and " + MAX_DURATION_MINUTES + " minutes");
        }
        if (setting == null) {
            violations.add("setting", ViolationCode.REQUIRED, "must be given");
        }
        violations.throwIfAny();
    }

    public Optional<ResourceRequirement> resourceIfAny() {
        return Optional.ofNullable(resource);
    }
}
