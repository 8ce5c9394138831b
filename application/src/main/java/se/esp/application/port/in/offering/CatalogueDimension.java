package se.esp.application.port.in.offering;

/** The catalogue's filters that have facet counts. */
public enum CatalogueDimension {
    PHASE,
    SERVICE_AREA,
    TARGET_GROUP,
    DELIVERY_LANGUAGE,
    DELIVERY_MODE,
    SUPPLIER,
    /** Price per participant in {@link PriceBand}s. */
    PRICE_BAND,
    /** Offerings admitting somebody of an age in the {@link AgeBand}. */
    AGE_BAND
}
