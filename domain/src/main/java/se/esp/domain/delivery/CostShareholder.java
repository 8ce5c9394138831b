package se.esp.domain.delivery;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;

/**
 * A consumer organisation in a delivery, with what the split rules weigh.
 *
 * @param population the organisation's population; used only by {@link CostSplitRule#BY_POPULATION}
 */
public record CostShareholder(OrganisationId organisation, int participants, long population) {

    public CostShareholder {
        Objects.requireNonNull(organisation, "organisation");
        if (participants < 1) {
            throw new IllegalArgumentException("a consumer in a delivery has at least one participant");
        }
        if (population < 0) {
            throw new IllegalArgumentException("a population cannot be negative");
        }
    }
}
