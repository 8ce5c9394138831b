package se.esp.domain.packaging;

/** Where a component takes place. */
public enum Setting {
    ONLINE,
    ON_SITE
}
