package se.esp.domain.packaging;

/** How a quality review ended. */
public enum ReviewOutcome {
    APPROVED,
    RETURNED,
    REJECTED
}
