package se.esp.domain.delivery;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** Identifies a delivery: one run of an offering version in one language. */
public record DeliveryId(UUID value) implements Comparable<DeliveryId> {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId newId() {
        return new DeliveryId(UUID.randomUUID());
    }

    public static DeliveryId parse(String text) {
        try {
            return new DeliveryId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of("deliveryId", ViolationCode.INVALID_FORMAT, "is not a delivery id");
        }
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
