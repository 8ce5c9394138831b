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
    FEE_SCHEDULE_NOT_FOUND(Category.NOT_FOUND, "The platform has no fee schedule yet"),
    FEE_SCHEDULE_ALREADY_ESTABLISHED(Category.CONFLICT, "The platform already has a fee schedule; change its rates instead"),
    FEE_ITEM_NOT_FOUND(Category.NOT_FOUND, "No such partnership, membership or joint cost in the fee schedule"),
    FEE_ITEM_ALREADY_ENDED(Category.CONFLICT, "The partnership, membership or joint cost has already ended"),
    ALREADY_A_MEMBER(Category.CONFLICT, "The organisation already has a membership that has not ended"),
    NO_RATES_ON_DATE(Category.CONFLICT, "The fee schedule has no rates for that date"),
    SCALING_PROJECT_NOT_FOUND(Category.NOT_FOUND, "No such scaling project"),
    SCALING_PROJECT_STATUS_CHANGE_NOT_ALLOWED(Category.CONFLICT, "The scaling project cannot move to that status from its current one"),
    SETTLEMENT_PERIOD_NOT_FOUND(Category.NOT_FOUND, "The period has not been settled"),
    SETTLEMENT_PERIOD_CLOSED(Category.CONFLICT, "The period is closed; changes go to the next open period"),
    SETTLEMENT_PERIOD_NOT_ENDED(Category.CONFLICT, "A period can be closed only after its last day"),
    SETTLEMENT_PERIOD_NOT_SETTLED(Category.CONFLICT, "Settle the period before closing it"),
    OWNER_NOT_REGISTERED(Category.CONFLICT, "Settlement needs the owner organisation to be registered"),
    NOTHING_TO_INVOICE(Category.CONFLICT, "The organisation owes nothing for the period, so there is no invoice"),
    SETTLEMENT_PERIOD_OPEN(Category.CONFLICT, "Invoices are issued only for closed periods, whose lines are final"),

    // authentication, personal data and audit

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
