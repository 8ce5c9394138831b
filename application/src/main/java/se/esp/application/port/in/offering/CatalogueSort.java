package se.esp.application.port.in.offering;

/** Orders of the catalogue's hits; every one ends with the offering id, so pages never overlap or skip. */
public enum CatalogueSort {
    /** By Swedish title, ignoring case. */
    TITLE,
    PRICE_ASCENDING,
    PRICE_DESCENDING,
    /** Most recently published version first. */
    NEWEST
}
