package se.esp.application.port.in.offering;

/** Orders of the catalogue's hits; every one ends with the offering id, so pages never overlap or skip. */
public enum CatalogueSort {
    /**
     * Best match of the free text first: matches in the title above those in the description, whole words and
     * their inflected forms above beginnings, parts and near misses; ties by Swedish title. Without text, by title.
     */
    RELEVANCE,
    /** By Swedish title, ignoring case. */
    TITLE,
    PRICE_ASCENDING,
    PRICE_DESCENDING,
    /** Most recently published version first. */
    NEWEST
}
