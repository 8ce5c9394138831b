package se.esp.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What waits in the outbox to be published.
 *
 * @param size             unpublished entries
 * @param oldestOccurredAt when the oldest unpublished entry's event occurred; empty when nothing waits
 */
public record OutboxBacklog(long size, Optional<Instant> oldestOccurredAt) {

    public static final OutboxBacklog EMPTY = new OutboxBacklog(0, Optional.empty());

    public OutboxBacklog {
        Objects.requireNonNull(oldestOccurredAt, "oldestOccurredAt");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        if ((size == 0) != oldestOccurredAt.isEmpty()) {
            throw new IllegalArgumentException("an empty backlog has no oldest entry, and only an empty one");
        }
    }

    /** How long the oldest entry has waited at {@code now}; zero when nothing waits. */
    public Duration age(Instant now) {
        return oldestOccurredAt.map(oldest -> Duration.between(oldest, now))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }
}
