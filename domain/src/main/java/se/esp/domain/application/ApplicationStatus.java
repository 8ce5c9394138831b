package se.esp.domain.application;

/**
 * An application's lifecycle: {@code RECEIVED → MATCHED | WAITLISTED → CONFIRMED → IN_PROGRESS → COMPLETED}, and
 * {@code CANCELLED} (by the consumer, before the delivery starts) or {@code REJECTED} (not eligible).
 */
public enum ApplicationStatus {
    /** Stored and valid; matching has not decided yet. */
    RECEIVED,
    /** Placed in a delivery. */
    MATCHED,
    /** Waiting for a place, with the reason. */
    WAITLISTED,
    /** The consumer confirmed the placement. */
    CONFIRMED,
    /** Its delivery started. */
    IN_PROGRESS,
    /** Its delivery completed. */
    COMPLETED,
    /** Withdrawn by the consumer before the start. */
    CANCELLED,
    /** Found not eligible by the supplier. */
    REJECTED;

    /** Waiting for matching to place it. */
    public boolean isWaiting() {
        return this == RECEIVED || this == WAITLISTED;
    }

    /** Holding a place in a delivery that has not started. */
    public boolean isPlaced() {
        return this == MATCHED || this == CONFIRMED;
    }

    /** Nothing more happens to it. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == REJECTED;
    }
}
