package se.esp.application.port.in.delivery;

import java.util.Objects;

import se.esp.domain.delivery.DeliveryId;

/**
 * A change to a delivery based on the version read.
 *
 * @param reason why; required for a cancellation
 */
public record DeliveryChange(DeliveryId id, long expectedVersion, String reason) {

    public DeliveryChange {
        Objects.requireNonNull(id, "id");
    }
}
