package se.esp.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/** A valid application was stored; matching decides on it next. */
public record ApplicationReceived(UUID eventId, Instant occurredAt, ApplicationId applicationId,
                                  OrganisationId consumer, OrganisationId supplier, OfferingId offeringId,
                                  OfferingVersionId offeringVersionId, int participants, LanguageCode language,
                                  LocalDate earliestStart, boolean urgent) implements ApplicationEvent {

    public ApplicationReceived {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(offeringId, "offeringId");
        Objects.requireNonNull(offeringVersionId, "offeringVersionId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(earliestStart, "earliestStart");
    }
}
