package se.esp.domain.packaging;

import java.util.Objects;
import java.util.UUID;

import se.esp.domain.shared.Ids;

/** Identifies a packaging (the supplier's working copy of a service, across all its revisions). */
public record PackagingId(UUID value) {

    public PackagingId {
        Objects.requireNonNull(value, "value");
    }

    public static PackagingId newId() {
        return new PackagingId(UUID.randomUUID());
    }

    public static PackagingId parse(String text) {
        return new PackagingId(Ids.uuid(text, "packagingId", "is not a packaging id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
