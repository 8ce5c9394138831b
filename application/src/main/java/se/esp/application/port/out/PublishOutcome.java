package se.esp.application.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of a call to {@link EventPublisher#publish}: the first {@code accepted} entries were accepted by the
 * broker; if {@code failure} is present, the next one was not, and none after it was sent.
 */
public record PublishOutcome(int accepted, Optional<String> failure) {

    public PublishOutcome {
        Objects.requireNonNull(failure, "failure");
        if (accepted < 0) {
            throw new IllegalArgumentException("accepted must not be negative: " + accepted);
        }
    }

    public static PublishOutcome allAccepted(int count) {
        return new PublishOutcome(count, Optional.empty());
    }

    public static PublishOutcome stoppedAfter(int accepted, String reason) {
        return new PublishOutcome(accepted, Optional.of(Objects.requireNonNull(reason, "reason")));
    }

    public boolean failed() {
        return failure.isPresent();
    }
}
