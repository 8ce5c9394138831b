package se.esp.application.port.out;

import java.util.List;

import se.esp.domain.matching.WaitingApplication;

/**
 * The demand matching works on: every application that waits for a place (received and not yet decided, or
 * waitlisted), as matching needs it. Called inside {@link Transactions#inTransaction}. Implemented by the
 * applications area's storage; order does not matter (the engine orders).
 */
public interface WaitingDemand {

    List<WaitingApplication> waiting();
}
