package se.esp.domain.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * A delivery that is planned or running, as matching needs it: the resource leading it and the weekly times of its
 * sessions, which stay booked in that resource's week whatever happens in the run. Matching adds participants only
 * to one that has not started yet and has room.
 */
public record OpenDelivery(UUID id, OfferingVersionId offeringVersion, LanguageCode language, ResourceId resource,
                           List<WeeklySlot> sessionSlots, LocalDate startsOn, int participants) {

    public OpenDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(offeringVersion, "offeringVersion");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(resource, "resource");
        sessionSlots = List.copyOf(sessionSlots);
        Objects.requireNonNull(startsOn, "startsOn");
        if (participants < 0) {
            throw new IllegalArgumentException("participants cannot be negative");
        }
    }
}
