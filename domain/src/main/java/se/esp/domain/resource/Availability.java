package se.esp.domain.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.esp.domain.shared.Violations;
import se.esp.domain.shared.ViolationCode;

/**
 * When a resource can work for the platform: recurring weekly slots, and a cap on the hours a week they may be
 * given in all (their employer lends them for at most that much). Matching never books more than the cap, even
 * when the slots would allow it.
 */
public record Availability(List<WeeklySlot> slots, int maxHoursPerWeek) {

    public static final int MAX_HOURS_PER_WEEK = 60;

    public Availability {
        Objects.requireNonNull(slots, "slots");
        List<WeeklySlot> sorted = new ArrayList<>(slots);
        sorted.sort(null);
        Violations violations = new Violations();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                violations.add("availability.slots", ViolationCode.NOT_ALLOWED,
                        sorted.get(i) + " overlaps " + sorted.get(i - 1));
            }
        }
        if (maxHoursPerWeek < 0 || maxHoursPerWeek > MAX_HOURS_PER_WEEK) {
            violations.add("availability.maxHoursPerWeek", ViolationCode.OUT_OF_RANGE,
                    "must be between 0 and " + MAX_HOURS_PER_WEEK);
        }
        violations.throwIfAny();
        slots = List.copyOf(sorted);
    }

    public static Availability none() {
        return new Availability(List.of(), 0);
    }

    public int maxMinutesPerWeek() {
        return maxHoursPerWeek * 60;
    }
}
