package se.esp.domain.matching;

import se.esp.domain.shared.ApplicationId;

/**
 * What matching decides for one waiting application: it is placed in a delivery ({@link Placement}) or it stays
 * waiting, with the reason ({@link WaitlistEntry}). Sealed, so a caller handles both without a cast.
 */
public sealed interface MatchingDecision permits Placement, WaitlistEntry {

    /** The application decided. */
    ApplicationId application();

    /** Why, in plain language. */
    String explanation();
}
