package se.esp.domain.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Demand: an application waiting for a place (received, or waitlisted earlier), as matching needs it.
 *
 * @param earliestStart the first day its participants can start; a delivery starting earlier is not for them
 * @param urgent        "fast start": placed before normal applications, and may open a delivery below its minimum
 */
public record WaitingApplication(ApplicationId id, OfferingVersionId offeringVersion, OrganisationId consumer,
                                 int participants, LanguageCode language, LocalDate earliestStart, boolean urgent,
                                 Instant receivedAt) {

    public WaitingApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(offeringVersion, "offeringVersion");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(earliestStart, "earliestStart");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (participants < 1) {
            throw new IllegalArgumentException("an application has at least one participant");
        }
    }
}
