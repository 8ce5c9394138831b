package se.esp.domain.settlement;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** A buying organisation's part of a delivery: its application and how many of the participants are its own. */
public record Purchase(OrganisationId buyer, String applicationId, long participants) {

    public Purchase {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(applicationId, "applicationId");
        if (participants < 1) {
            throw ValidationException.of("participants", ViolationCode.OUT_OF_RANGE, "must be at least 1");
        }
    }
}
