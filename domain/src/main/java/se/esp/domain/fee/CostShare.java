package se.esp.domain.fee;

import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/** An organisation sharing a joint cost; {@code participants} counts only for the key BY_PARTICIPANTS. */
public record CostShare(OrganisationId organisation, long participants) {

    public CostShare {
        Objects.requireNonNull(organisation, "organisation");
        if (participants < 0) {
            throw ValidationException.of("participants", ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
    }
}
