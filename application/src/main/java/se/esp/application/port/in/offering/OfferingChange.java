package se.esp.application.port.in.offering;

import java.util.Objects;

import se.esp.domain.offering.OfferingId;

/**
 * Suspend, resume or retire an offering, based on the version read.
 *
 * @param reason required to suspend and to retire; ignored to resume
 */
public record OfferingChange(OfferingId id, long expectedVersion, String reason) {

    public OfferingChange {
        Objects.requireNonNull(id, "id");
    }
}
