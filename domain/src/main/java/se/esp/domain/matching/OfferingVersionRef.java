package se.esp.domain.matching;

import java.util.Objects;
import java.util.UUID;

/** The exact offering version an application was made against, as matching knows it (the offering area owns it). */
public record OfferingVersionRef(UUID value) implements Comparable<OfferingVersionRef> {

    public OfferingVersionRef {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public int compareTo(OfferingVersionRef other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
