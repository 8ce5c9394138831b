package se.esp.domain.fee;

import java.time.LocalDate;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/** A scaling project as the fee rules see it: its fee is due in the month it became active. */
public record ProjectBudget(String projectId, OrganisationId owner, Money budget, LocalDate activatedOn) {

    public ProjectBudget {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(activatedOn, "activatedOn");
    }
}
