package se.esp.domain.credential;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A definition was created (version 1) or revised (a later version); credentials issued from now on name it. */
public record CredentialDefinitionPublished(UUID eventId, Instant occurredAt, CredentialDefinitionId definitionId,
                                            String code, int definitionVersion) implements CredentialDefinitionEvent {

    public CredentialDefinitionPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(definitionId, "definitionId");
        Objects.requireNonNull(code, "code");
    }
}
