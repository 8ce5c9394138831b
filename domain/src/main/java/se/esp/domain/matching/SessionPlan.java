package se.esp.domain.matching;

import java.time.LocalDate;

import se.esp.domain.shared.Violations;
import se.esp.domain.shared.ViolationCode;

/**
 * How an offering's group sessions run: so many sessions a week, each so long, for so many weeks. At most one
 * session a day, so a week has at most seven. When a delivery opens, matching gives each session a fixed weekly
 * time within its resource's free time.
 */
public record SessionPlan(int sessionsPerWeek, int minutesPerSession, int weeks) {

    public SessionPlan {
        Violations violations = new Violations();
        if (sessionsPerWeek < 1 || sessionsPerWeek > 7) {
            violations.add("sessionsPerWeek", ViolationCode.OUT_OF_RANGE, "must be between 1 and 7");
        }
        if (minutesPerSession < 15 || minutesPerSession > 600) {
            violations.add("minutesPerSession", ViolationCode.OUT_OF_RANGE, "must be between 15 and 600");
        }
        if (weeks < 1 || weeks > 104) {
            violations.add("weeks", ViolationCode.OUT_OF_RANGE, "must be between 1 and 104");
        }
        violations.throwIfAny();
    }

    public int weeklyMinutes() {
        return sessionsPerWeek * minutesPerSession;
    }

    /** The last day of a delivery that starts on {@code start}. */
    public LocalDate lastDay(LocalDate start) {
        return start.plusWeeks(weeks).minusDays(1);
    }

    /** {@code 2 sessions of 60 min a week}. */
    public String describeWeek() {
        return sessionsPerWeek + (sessionsPerWeek == 1 ? " session" : " sessions") + " of " + minutesPerSession
                + " min a week";
    }
}
