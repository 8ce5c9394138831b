package se.esp.domain.fee;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Ids;

/** Identifies a partnership, a membership or a joint cost inside the fee schedule; settlement lines trace to it. */
public record FeeItemId(UUID value) {

    public FeeItemId {
        Objects.requireNonNull(value, "value");
    }

    public static FeeItemId newId() {
        return new FeeItemId(UUID.randomUUID());
    }

    public static FeeItemId parse(String field, String text) {
        return new FeeItemId(Ids.uuid(text, field, "is not an id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
