package se.esp.domain.fee;

import java.util.Objects;
import java.util.UUID;

/** Identifies the platform's fee schedule. */
public record FeeScheduleId(UUID value) {

    public FeeScheduleId {
        Objects.requireNonNull(value, "value");
    }

    public static FeeScheduleId newId() {
        return new FeeScheduleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
