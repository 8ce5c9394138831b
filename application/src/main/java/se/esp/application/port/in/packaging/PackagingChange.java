package se.esp.application.port.in.packaging;

import java.util.Objects;

import se.esp.domain.packaging.PackagingId;

/** A lifecycle step on a packaging (submit, take up for review, publish, revise), based on the version read. */
public record PackagingChange(PackagingId id, long expectedVersion) {

    public PackagingChange {
        Objects.requireNonNull(id, "id");
    }
}
