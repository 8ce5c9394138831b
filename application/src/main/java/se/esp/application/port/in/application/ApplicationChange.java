package se.esp.application.port.in.application;

import java.util.Objects;

import se.esp.domain.shared.ApplicationId;

/**
 * A change to an application based on the version read.
 *
 * @param reason why, in plain language; required for a rejection, optional otherwise
 */
public record ApplicationChange(ApplicationId id, long expectedVersion, String reason) {

    public ApplicationChange {
        Objects.requireNonNull(id, "id");
    }
}
