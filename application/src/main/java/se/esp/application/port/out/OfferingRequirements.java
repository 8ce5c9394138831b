package se.esp.application.port.out;

import java.util.Collection;
import java.util.List;

import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.shared.OfferingVersionId;

/**
 * What each offering version asks of a delivery, for the versions that are on offer (published, not suspended or
 * retired). Called inside {@link Transactions#inTransaction}; implemented by the offering area's storage.
 */
public interface OfferingRequirements {

    /** The requirements of those of the versions that are on offer; unknown versions are left out. */
    List<OfferingRequirement> onOffer(Collection<OfferingVersionId> versions);
}
