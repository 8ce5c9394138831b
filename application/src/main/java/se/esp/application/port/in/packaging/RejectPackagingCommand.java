package se.esp.application.port.in.packaging;

import java.util.Objects;

import se.esp.domain.packaging.PackagingId;

/** Reject a packaging under review for good, with the reason. */
public record RejectPackagingCommand(PackagingId id, long expectedVersion, String reason) {

    public RejectPackagingCommand {
        Objects.requireNonNull(id, "id");
    }
}
