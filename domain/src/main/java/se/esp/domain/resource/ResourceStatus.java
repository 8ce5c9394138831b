package se.esp.domain.resource;

/**
 * A resource's lifecycle: {@code APPLIED → VERIFIED → ACTIVE}, and {@code SUSPENDED} from any of them.
 */
public enum ResourceStatus {
    /** Registered; no competence verified yet, so never matched. */
    APPLIED,
    /** A coordinator verified at least one competence; matching may assign the resource. */
    VERIFIED,
    /** Assigned to at least one delivery; still matched for more within the weekly cap. */
    ACTIVE,
    /** Taken out of matching by a coordinator or an administrator, with a reason. */
    SUSPENDED;

    /** Whether matching may assign this resource to a delivery. */
    public boolean isMatchable() {
        return this == VERIFIED || this == ACTIVE;
    }
}
