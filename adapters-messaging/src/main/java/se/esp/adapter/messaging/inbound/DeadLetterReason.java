package se.esp.adapter.messaging.inbound;

/** Why a message on the inbound applications queue did not become an application (property {@code deadLetterReason}). */
public enum DeadLetterReason {
    /**
     * The body is not one JSON object within the strict parser's bounds (nesting, number length, no duplicate keys,
     * nothing after the object), is longer than the bound on a body, or the message is not a text message at all.
     */
    MALFORMED_JSON,
    /** The JSON is not a submission: a field missing, of the wrong type, unknown, or not a valid value of its kind. */
    SCHEMA_VIOLATION,
    /** No offering version with the given id exists. */
    UNKNOWN_OFFERING,
    /** The offering exists but takes no applications now (suspended or retired). */
    OFFERING_NOT_ON_OFFER,
    /** The application breaks the version's form or eligibility rules (language, start, group size, answers…). */
    VALIDATION_FAILED,
    /** The idempotency key was used by the same organisation for a different application. */
    IDEMPOTENCY_KEY_REUSED,
    /** No bearer token, or one that is forged, expired, for another issuer or audience. */
    UNAUTHENTICATED,
    /** The sender may not apply (not consumer staff, or acting for no organisation). */
    ACCESS_DENIED,
    /** Any other rule of the application area refused it; the detail names the error code. */
    REJECTED,
    /** A transient failure (database down, concurrent change) lasted through every allowed delivery. */
    REDELIVERY_EXHAUSTED
}
