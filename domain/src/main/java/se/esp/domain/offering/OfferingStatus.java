package se.esp.domain.offering;

/** Whether an offering can be found and applied for. */
public enum OfferingStatus {
    /** In the catalogue. */
    ON_OFFER,
    /** Taken out of the catalogue for a while by the owner's administrators; can be resumed. */
    SUSPENDED,
    /** Withdrawn for good; its versions stay readable. */
    RETIRED
}
