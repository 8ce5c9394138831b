package se.esp.domain.project;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/** A local project preparing national scale-up was registered. */
public record ScalingProjectRegistered(UUID eventId, Instant occurredAt, ScalingProjectId projectId,
                                       OrganisationId owner, String name, Money budget) implements ScalingProjectEvent {

    public ScalingProjectRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(budget, "budget");
    }
}
