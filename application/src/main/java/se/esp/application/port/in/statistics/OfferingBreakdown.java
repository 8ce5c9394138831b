package se.esp.application.port.in.statistics;

import java.util.List;
import java.util.Objects;

import se.esp.domain.offering.OfferingId;

/** The same series as the report's, for one offering only; {@code title} is the offering's current title. */
public record OfferingBreakdown(OfferingId offering, String title, List<Series> series) {

    public OfferingBreakdown {
        Objects.requireNonNull(offering, "offering");
        Objects.requireNonNull(title, "title");
        series = List.copyOf(series);
    }
}
