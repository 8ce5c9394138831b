package se.esp.domain.packaging;

/** The phase of the integration and welfare chain a service belongs to. */
public enum Phase {
    PREPARATORY,
    PREVENTIVE_AND_HEALTH_PROMOTING,
    DEVELOPING_AND_SUPPORTING,
    ESTABLISHMENT
}
