package se.esp.domain.shared;


/** How many participants one delivery of an offering takes, at least and at most: what packagings state and matching respects. */
public record GroupSize(int min, int max) {

    public static final int MAXIMUM = 1_000;

    public GroupSize {
        Violations violations = new Violations();
        if (min < 1 || min > MAXIMUM) {
            violations.add("min", ViolationCode.OUT_OF_RANGE, "must be between 1 and " + MAXIMUM);
        }
        if (max < 1 || max > MAXIMUM) {
            violations.add("max", ViolationCode.OUT_OF_RANGE, "must be between 1 and " + MAXIMUM);
        }
        if (violations.isEmpty() && min > max) {
            violations.add("min", ViolationCode.OUT_OF_RANGE, "must not be above max (" + max + ")");
        }
        violations.throwIfAny();
    }

    public boolean allows(int participants) {
        return participants >= min && participants <= max;
    }
}
