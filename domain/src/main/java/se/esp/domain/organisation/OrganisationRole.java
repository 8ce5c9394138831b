package se.esp.domain.organisation;

/** The parts an organisation plays on the platform; one organisation may play several. */
public enum OrganisationRole {
    /** Packages and delivers services (eService supplier). */
    SUPPLIER,
    /** Applies for services on behalf of its residents (eService consumer). */
    CONSUMER,
    /** Contributes to the platform against a partner fee. */
    PARTNER
}
