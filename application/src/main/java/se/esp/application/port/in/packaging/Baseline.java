package se.esp.application.port.in.packaging;

/** The earlier version a packaging's content is compared with. */
public enum Baseline {
    /**
     * The draft as the review that last returned it found it (of the current draft: a revision starts afresh), so the
     * reviewer sees what the supplier changed about the remarks.
     */
    RETURNED,
    /** The current version of the offering the packaging was published as, so the reviewer sees what a revision changes. */
    OFFERED
}
