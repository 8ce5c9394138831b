package se.esp.application.port.in.resource;

import java.util.Objects;

import se.esp.domain.resource.ResourceId;

/** Suspend or reinstate a resource, saying why, based on the version read. */
public record ChangeResourceStatusCommand(ResourceId id, long expectedVersion, String reason) {

    public ChangeResourceStatusCommand {
        Objects.requireNonNull(id, "id");
    }
}
