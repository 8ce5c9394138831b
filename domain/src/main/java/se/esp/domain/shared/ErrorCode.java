package se.esp.domain.shared;

/**
 * The platform's stable error vocabulary. A code's name is part of the public API (it appears in every
 * problem+json body), so codes are added, never renamed. The category tells an adapter how to present it.
 */
public enum ErrorCode {
    VALIDATION_FAILED(Category.INVALID, "The request has invalid fields"),
    ACCESS_DENIED(Category.FORBIDDEN, "You are not allowed to do this"),
    STALE_VERSION(Category.STALE, "Somebody else changed this since you read it"),
    VERSION_REQUIRED(Category.PRECONDITION_REQUIRED, "The version you read is required to change this"),

    // organisations
    ORGANISATION_NOT_FOUND(Category.NOT_FOUND, "No such organisation"),
    ORGANISATION_NUMBER_TAKEN(Category.CONFLICT, "An organisation with this organisation number is already registered"),
    OWNER_ALREADY_REGISTERED(Category.CONFLICT, "The platform already has an owner organisation"),

    // packaging, quality review and offerings

    // resources, applications, matching and deliveries

    // fees, settlement and statements

    // authentication, personal data and audit
    PARTICIPANT_NOT_FOUND(Category.NOT_FOUND, "No such participant"),
    PARTICIPANT_ANONYMISED(Category.CONFLICT, "The participant was anonymised; the personal data is gone"),
    PARTICIPATION_ALREADY_COMPLETED(Category.CONFLICT, "The participation is already completed"),

    // messaging

    /** Never used; keeps every section above ending with a comma so sections merge cleanly. */
    UNUSED_END_OF_CODES(Category.INVALID, "Not used");

    /** How a failure is to be understood by whoever made the request. */
    public enum Category {
        /** The input is wrong; the same request will never succeed. */
        INVALID,
        /** The thing asked for does not exist (or is not visible to the asker). */
        NOT_FOUND,
        /** The request clashes with existing state (duplicate, wrong lifecycle state). */
        CONFLICT,
        /** The request was based on an outdated version. */
        STALE,
        /** The request must say which version it was based on. */
        PRECONDITION_REQUIRED,
        /** The acting user may not do this. */
        FORBIDDEN
    }

    private final Category category;
    private final String title;

    ErrorCode(Category category, String title) {
        this.category = category;
        this.title = title;
    }

    public Category category() {
        return category;
    }

    /** A short, human summary that does not depend on the occurrence. */
    public String title() {
        return title;
    }
}
