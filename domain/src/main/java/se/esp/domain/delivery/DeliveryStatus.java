package se.esp.domain.delivery;

/** A delivery's lifecycle: {@code PLANNED → IN_PROGRESS → COMPLETED}, or {@code CANCELLED}. */
public enum DeliveryStatus {
    /** Opened by matching; takes participants until it starts. */
    PLANNED,
    /** Started by the supplier; its resource's time stays booked. */
    IN_PROGRESS,
    /** Every participant's outcome recorded; sold, so settled in the month it completed. */
    COMPLETED,
    /** Called off: before the start its applications wait again; after it, they end. */
    CANCELLED;

    /** Planned or running: books its resource's weekly time. */
    public boolean isCurrent() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
