package se.esp.domain.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * A delivery as it stands after the run: every delivery that opened in this run or took new participants.
 *
 * @param participants all participants, those it had before the run included
 */
public record PlannedDelivery(DeliveryKey key, OfferingVersionId offeringVersion, LanguageCode language,
                              ResourceId resource, List<WeeklySlot> sessionSlots, LocalDate startsOn,
                              LocalDate lastDay, int participants) {

    public PlannedDelivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(offeringVersion, "offeringVersion");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(resource, "resource");
        sessionSlots = List.copyOf(sessionSlots);
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    public boolean isNew() {
        return key.isNew();
    }
}
