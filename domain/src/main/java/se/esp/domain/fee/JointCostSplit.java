package se.esp.domain.fee;

import java.util.List;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/**
 * A joint cost split between the organisations that share it ({@link FeeCalculator#split}): the key actually
 * applied (equal parts when every weight was 0) and each organisation's weight and part, in the order of the
 * shares. The parts sum to the cost.
 */
public record JointCostSplit(CostKey applied, List<Part> parts) {

    public JointCostSplit {
        Objects.requireNonNull(applied, "applied");
        parts = List.copyOf(parts);
    }

    public long totalWeight() {
        return parts.stream().mapToLong(Part::weight).sum();
    }

    public Money total() {
        return Money.sum(parts.stream().map(Part::amount).toList());
    }

    /** One organisation's part of the cost. */
    public record Part(OrganisationId organisation, long weight, Money amount) {

        public Part {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
