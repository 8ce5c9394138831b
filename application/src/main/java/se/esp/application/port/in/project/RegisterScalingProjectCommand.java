package se.esp.application.port.in.project;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/** Register a scaling project owned by an organisation, with its budget. */
public record RegisterScalingProjectCommand(OrganisationId owner, String name, Money budget) {

    public RegisterScalingProjectCommand {
        Objects.requireNonNull(owner, "owner");
    }
}
