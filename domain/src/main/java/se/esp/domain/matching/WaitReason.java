package se.esp.domain.matching;

/** Why an application waits; the waitlist entry says it in words too. */
public enum WaitReason {
    /** Matching was given no requirement for the offering version (it is not on offer). */
    OFFERING_NOT_ON_OFFER,
    /** The offering version is not delivered in the requested language. */
    LANGUAGE_NOT_OFFERED,
    /** More participants than the offering's largest group. */
    GROUP_TOO_LARGE,
    /** No verified resource with the competence and the language has free hours for the sessions. */
    NO_ELIGIBLE_RESOURCE,
    /** A resource is free, but too few participants wait for a new delivery to reach its minimum size. */
    MINIMUM_GROUP_NOT_REACHED
}
