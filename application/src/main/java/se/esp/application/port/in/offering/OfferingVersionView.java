package se.esp.application.port.in.offering;

import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingVersion;

/** One version of an offering, with the offering it belongs to (its status now, its current version). */
public record OfferingVersionView(Offering offering, OfferingVersion version) {

    public boolean isCurrent() {
        return offering.current().id().equals(version.id());
    }
}
