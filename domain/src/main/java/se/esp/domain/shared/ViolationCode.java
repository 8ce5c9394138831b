package se.esp.domain.shared;

/** Why a single field was refused. Stable, like {@link ErrorCode}. */
public enum ViolationCode {
    REQUIRED,
    INVALID_FORMAT,
    INVALID_CHECK_DIGIT,
    OUT_OF_RANGE,
    TOO_LONG,
    UNKNOWN_VALUE,
    NOT_ALLOWED,
    NOT_CHANGEABLE,
    /** The input is well-formed, but an eligibility rule of the offering excludes it (age, target group). */
    NOT_ELIGIBLE
}
