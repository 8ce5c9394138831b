package se.esp.application.port.in.outbox;

import java.util.Objects;
import java.util.Optional;

/**
 * What one or more relay batches did.
 *
 * @param claimed   entries claimed from the outbox
 * @param published entries the broker accepted and that are now marked as published
 * @param failure   why publishing stopped early, if it did; the entries not published wait for the next run
 */
public record RelayRun(int claimed, int published, Optional<String> failure) {

    public static final RelayRun NOTHING = new RelayRun(0, 0, Optional.empty());

    public RelayRun {
        Objects.requireNonNull(failure, "failure");
        if (published < 0 || published > claimed) {
            throw new IllegalArgumentException("published " + published + " of " + claimed + " claimed");
        }
    }

    public boolean failed() {
        return failure.isPresent();
    }

    /** This run followed by {@code next}; the latest failure wins. */
    public RelayRun then(RelayRun next) {
        return new RelayRun(claimed + next.claimed, published + next.published,
                next.failure.isPresent() ? next.failure : failure);
    }
}
