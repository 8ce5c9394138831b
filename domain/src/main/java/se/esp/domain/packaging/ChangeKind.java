package se.esp.domain.packaging;

/** How one field of a packaging's content differs between two versions of it. */
public enum ChangeKind {
    /** The newer version has a value where the older had none. */
    ADDED,
    /** The older version had a value the newer one no longer has. */
    REMOVED,
    /** Both versions have a value, and they differ. */
    CHANGED
}
