package se.esp.application.security;

/** The roles a user can hold (see DOMAIN.md, "Who uses it"). */
public enum UserRole {
    /** Runs the platform: organisations, users, fee schedules, period closing. */
    PLATFORM_ADMINISTRATOR,
    /** Reviews packagings and verifies competences, never for their own organisation. */
    COORDINATOR,
    /** Packages services and follows sales for their own organisation. */
    SUPPLIER_STAFF,
    /** Applies for participants and follows costs for their own organisation. */
    CONSUMER_STAFF,
    /** Delivers services; sees their own assignments. */
    RESOURCE_PERSON
}
