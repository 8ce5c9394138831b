package se.esp.domain.delivery;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/** One consumer organisation's part of a delivery's cost. */
public record CostShare(OrganisationId organisation, Money amount) {

    public CostShare {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(amount, "amount");
    }
}
