package se.esp.domain.fee;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/**
 * One amount an organisation owes the owner under the fee rules for a month.
 *
 * @param sourceId    the partnership, membership, joint cost, project or (participation fee) organisation it is for
 * @param rule        the schedule version or cost key that decided the amount, e.g. {@code fee-schedule@2026-01-01}
 * @param description why, in words, with the numbers that went into it
 */
public record FeeCharge(OrganisationId payer, FeeKind kind, Money amount, String sourceId, String rule,
                        String description) {

    public FeeCharge {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(description, "description");
    }
}
