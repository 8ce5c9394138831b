package se.esp.bootstrap.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import se.esp.application.port.out.OutboxBacklog;

/** Whether event publishing keeps up: the oldest waiting outbox entry may be at most a given age. */
final class OutboxHealth {

    private OutboxHealth() {
    }

    /** Empty when the backlog is young enough; otherwise why not. */
    static Optional<String> problem(OutboxBacklog backlog, Instant now, Duration maxAge) {
        Duration age = backlog.age(now);
        if (age.compareTo(maxAge) > 0) {
            return Optional.of(backlog.size() + " events wait to be published, the oldest for " + age.toSeconds()
                    + " s (at most " + maxAge.toSeconds() + " s allowed)");
        }
        return Optional.empty();
    }

    static String describe(OutboxBacklog backlog, Instant now) {
        return "UP: " + backlog.size() + " waiting, the oldest for " + backlog.age(now).toSeconds() + " s";
    }
}
