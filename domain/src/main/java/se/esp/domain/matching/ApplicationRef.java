package se.esp.domain.matching;

import java.util.Objects;
import java.util.UUID;

/** An application waiting for a place, as matching knows it (the applications area owns the aggregate). */
public record ApplicationRef(UUID value) implements Comparable<ApplicationRef> {

    public ApplicationRef {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public int compareTo(ApplicationRef other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
