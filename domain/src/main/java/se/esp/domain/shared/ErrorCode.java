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
    PACKAGING_NOT_FOUND(Category.NOT_FOUND, "No such packaging"),
    PACKAGING_INCOMPLETE(Category.INVALID, "The packaging lacks what a review needs"),
    PACKAGING_STATUS_CONFLICT(Category.CONFLICT, "Not possible in the packaging's current status"),
    NOT_A_SUPPLIER(Category.CONFLICT, "The organisation does not play the supplier role"),
    REVIEW_OF_OWN_ORGANISATION(Category.FORBIDDEN,
            "A coordinator may not review or decide on the work of their own organisation"),
    OFFERING_NOT_FOUND(Category.NOT_FOUND, "No such offering"),
    OFFERING_VERSION_NOT_FOUND(Category.NOT_FOUND, "No such offering version"),
    OFFERING_STATUS_CONFLICT(Category.CONFLICT, "Not possible in the offering's current status"),

    // resources, applications, matching and deliveries
    RESOURCE_NOT_FOUND(Category.NOT_FOUND, "No such resource"),
    RESOURCE_ALREADY_REGISTERED(Category.CONFLICT, "This person already has a resource profile"),
    COMPETENCE_NOT_FOUND(Category.NOT_FOUND, "The resource has not declared this competence"),
    COMPETENCE_ALREADY_DECIDED(Category.CONFLICT, "This competence was already verified or rejected"),
    COMPETENCE_EXPIRED(Category.CONFLICT, "This competence has expired and can no longer be verified"),
    RESOURCE_STATUS_CONFLICT(Category.CONFLICT, "The resource's status does not allow this"),
    COST_SPLIT_IMPOSSIBLE(Category.CONFLICT, "The delivery's cost cannot be split by the offering's rule"),
    APPLICATION_NOT_FOUND(Category.NOT_FOUND, "No such application"),
    APPLICATION_STATUS_CONFLICT(Category.CONFLICT, "Not possible in the application's current status"),
    IDEMPOTENCY_KEY_REUSED(Category.CONFLICT,
            "This idempotency key was already used for a different application of your organisation"),
    DELIVERY_NOT_FOUND(Category.NOT_FOUND, "No such delivery"),
    DELIVERY_STATUS_CONFLICT(Category.CONFLICT, "Not possible in the delivery's current status"),

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
    SETTLEMENT_PERIOD_OUT_OF_ORDER(Category.CONFLICT, "Months close in order: close the earlier open month first"),
    NO_SETTLEMENT_DOCUMENT(Category.CONFLICT, "The organisation has no such document for the period"),

    // authentication, personal data and audit
    PARTICIPANT_NOT_FOUND(Category.NOT_FOUND, "No such participant"),
    PARTICIPANT_ANONYMISED(Category.CONFLICT, "The participant was anonymised; the personal data is gone"),
    PARTICIPATION_ALREADY_COMPLETED(Category.CONFLICT, "The participation is already completed"),

    // micro-credentials
    CREDENTIAL_DEFINITION_NOT_FOUND(Category.NOT_FOUND, "No such credential definition"),
    CREDENTIAL_CODE_TAKEN(Category.CONFLICT, "A credential definition with this code already exists"),
    CREDENTIAL_NOT_FOUND(Category.NOT_FOUND, "No such credential"),
    CREDENTIAL_ALREADY_REVOKED(Category.CONFLICT, "The credential is revoked already"),

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
