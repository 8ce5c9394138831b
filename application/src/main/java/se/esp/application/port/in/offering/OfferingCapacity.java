package se.esp.application.port.in.offering;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.offering.OfferingId;

/** An offering's capacity per delivery language, in the order of the languages' codes. */
public record OfferingCapacity(OfferingId offering, List<LanguageCapacity> languages) {

    public OfferingCapacity {
        Objects.requireNonNull(offering, "offering");
        languages = List.copyOf(languages);
    }

    /** The earliest start in any of its languages. */
    public Optional<LocalDate> nextStart() {
        return languages.stream().map(LanguageCapacity::nextStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }
}
