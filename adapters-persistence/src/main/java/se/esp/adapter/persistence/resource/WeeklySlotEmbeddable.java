package se.esp.adapter.persistence.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code resource_slot}: one weekly availability slot. */
@Embeddable
public class WeeklySlotEmbeddable {

    @Column(name = "day_of_week", nullable = false)
    int dayOfWeek;

    @Column(name = "start_minute", nullable = false)
    int startMinute;

    @Column(name = "end_minute", nullable = false)
    int endMinute;

    protected WeeklySlotEmbeddable() {
    }

    WeeklySlotEmbeddable(int dayOfWeek, int startMinute, int endMinute) {
        this.dayOfWeek = dayOfWeek;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
    }
}
