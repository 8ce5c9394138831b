package se.esp.adapter.messaging.inbound;

import java.util.List;
import java.util.Objects;

import se.esp.domain.shared.Violation;

/** What became of an inbound message: an application, or a dead letter with its reason. */
public sealed interface InboundOutcome {

    /**
     * The message is an application.
     *
     * @param created {@code false}: a repeat (the same idempotency key, or a redelivery) returned the existing one
     */
    record Accepted(String applicationId, String applicationStatus, boolean created) implements InboundOutcome {
    }

    /** The message cannot become an application; it goes to the dead-letter queue. */
    record Rejected(DeadLetterReason reason, String detail, List<Violation> violations) implements InboundOutcome {

        public Rejected {
            Objects.requireNonNull(reason, "reason");
            violations = List.copyOf(violations);
        }

        static Rejected of(DeadLetterReason reason, String detail) {
            return new Rejected(reason, detail, List.of());
        }
    }
}
