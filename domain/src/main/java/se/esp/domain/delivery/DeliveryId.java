package se.esp.domain.delivery;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Ids;

/** Identifies a delivery: one run of an offering version in one language. */
public record DeliveryId(UUID value) implements Comparable<DeliveryId> {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId newId() {
        return new DeliveryId(UUID.randomUUID());
    }

    public static DeliveryId parse(String text) {
        return new DeliveryId(Ids.uuid(text, "deliveryId", "is not a delivery id"));
    }

    @Override
    public int compareTo(DeliveryId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
