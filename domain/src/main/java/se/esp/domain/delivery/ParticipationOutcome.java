package se.esp.domain.delivery;

/** How a participant's part in a delivery ended. */
public enum ParticipationOutcome {
    COMPLETED,
    NOT_COMPLETED
}
