package se.esp.domain.settlement;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * A buying organisation's part of a delivery: its application and how many of the participants are its own.
 *
 * @param share what this purchase pays, when the delivery's rule already split the price (equally, by population);
 *              {@code null}: the price is split between the purchases by participants
 */
public record Purchase(OrganisationId buyer, String applicationId, long participants, Money share) {

    public Purchase {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(applicationId, "applicationId");
        if (participants < 1) {
            throw ValidationException.of("participants", ViolationCode.OUT_OF_RANGE, "must be at least 1");
        }
        if (share != null && share.isNegative()) {
            throw ValidationException.of("share", ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
    }

    /** A purchase whose part of the price follows from its participants. */
    public Purchase(OrganisationId buyer, String applicationId, long participants) {
        this(buyer, applicationId, participants, null);
    }
}
