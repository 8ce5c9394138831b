package se.esp.adapter.messaging.inbound;

/**
 * Counts what the inbound applications queue did, for the server's metrics (bootstrap {@code inbound/InboundMetricsRegistry});
 * every count is taken once the broker committed the outcome.
 */
public interface InboundMetrics {

    InboundMetrics NONE = new InboundMetrics() {
    };

    /** A message was taken from the queue for the first time. */
    default void received() {
    }

    /** A message became a new application. */
    default void accepted() {
    }

    /** A message repeated one already accepted (same idempotency key or a redelivery); nothing was created. */
    default void duplicate() {
    }

    /** A message was moved to the dead-letter queue. */
    default void deadLettered(DeadLetterReason reason) {
    }
}
