package se.esp.domain.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * Names a delivery in a matching result: an open delivery by its id, or a delivery this run proposes to open by a
 * number ({@code new-1}, {@code new-2}, … in the order they were opened). Whoever stores the result gives each new
 * delivery its real id; the numbering keeps the engine deterministic.
 */
public record DeliveryKey(String value) implements Comparable<DeliveryKey> {

    private static final String NEW = "new-";

    public DeliveryKey {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryKey existing(UUID deliveryId) {
        return new DeliveryKey(deliveryId.toString());
    }

    public static DeliveryKey proposed(int number) {
        return new DeliveryKey(NEW + number);
    }

    public boolean isNew() {
        return value.startsWith(NEW);
    }

    @Override
    public int compareTo(DeliveryKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
