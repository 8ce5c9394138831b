package se.esp.application.port.in.resource;

import java.util.Objects;

import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceProfile;

/** Replace a resource's name, languages, employer, rate and availability, based on the version read. */
public record ChangeResourceProfileCommand(ResourceId id, long expectedVersion, ResourceProfile profile) {

    public ChangeResourceProfileCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }
}
