package se.esp.domain.resource;

/** Where a declared competence stands with the coordinators. */
public enum CompetenceStatus {
    /** Declared by the resource person, not yet decided. */
    PENDING,
    /** A coordinator checked the evidence; counts for matching until its expiry date. */
    VERIFIED,
    /** A coordinator found the evidence insufficient; never counts. */
    REJECTED
}
