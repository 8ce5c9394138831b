package se.esp.application.port.in.statistics;

import java.util.Objects;

import se.esp.domain.offering.OfferingId;

/**
 * National coverage of one offering over the range: how many municipalities, and how many consumer organisations
 * of any kind, applied for it at least once.
 */
public record OfferingCoverage(OfferingId offering, String title, long municipalities, long consumers) {

    public OfferingCoverage {
        Objects.requireNonNull(offering, "offering");
        Objects.requireNonNull(title, "title");
    }
}
