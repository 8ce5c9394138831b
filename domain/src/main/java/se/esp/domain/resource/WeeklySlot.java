package se.esp.domain.resource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * A recurring time in the week, e.g. Tuesdays 10:00–12:00: when a resource is available, or when a delivery's
 * sessions take place. It lies within one day; {@code end} 00:00 is not allowed (use 23:59).
 */
public record WeeklySlot(DayOfWeek day, LocalTime start, LocalTime end) implements Comparable<WeeklySlot> {

    public WeeklySlot {
        if (day == null) {
            throw ValidationException.of("day", ViolationCode.REQUIRED, "must be given, e.g. TUESDAY");
        }
        if (start == null) {
            throw ValidationException.of("start", ViolationCode.REQUIRED, "must be given, e.g. 10:00");
        }
        if (end == null) {
            throw ValidationException.of("end", ViolationCode.REQUIRED, "must be given, e.g. 12:00");
        }
        start = start.withSecond(0).withNano(0);
        end = end.withSecond(0).withNano(0);
        if (!start.isBefore(end)) {
            throw ValidationException.of("end", ViolationCode.OUT_OF_RANGE, "must be after the start " + start);
        }
    }

    public static WeeklySlot of(DayOfWeek day, String start, String end) {
        return new WeeklySlot(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Minutes from Monday 00:00 to the start. */
    public int startMinuteOfWeek() {
        return (day.getValue() - 1) * 24 * 60 + start.getHour() * 60 + start.getMinute();
    }

    /** Minutes from Monday 00:00 to the end. */
    public int endMinuteOfWeek() {
        return (day.getValue() - 1) * 24 * 60 + end.getHour() * 60 + end.getMinute();
    }

    public int minutes() {
        return endMinuteOfWeek() - startMinuteOfWeek();
    }

    public boolean overlaps(WeeklySlot other) {
        return startMinuteOfWeek() < other.endMinuteOfWeek() && other.startMinuteOfWeek() < endMinuteOfWeek();
    }

    @Override
    public int compareTo(WeeklySlot other) {
        return Integer.compare(startMinuteOfWeek(), other.startMinuteOfWeek()) != 0
                ? Integer.compare(startMinuteOfWeek(), other.startMinuteOfWeek())
                : Integer.compare(endMinuteOfWeek(), other.endMinuteOfWeek());
    }

    /** {@code Tuesday 10:00–12:00}. */
    @Override
    public String toString() {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT) + " " + start + "–" + end;
    }
}
