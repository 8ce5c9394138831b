package se.esp.application.port.in.statistics;

import java.util.Objects;

import se.esp.domain.offering.OfferingId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.shared.LanguageCode;

/**
 * National coverage of one offering over the range: how many municipalities, and how many consumer organisations
 * of any kind, applied for it at least once. Named like {@link OfferingBreakdown}: the titles of the offering's
 * current version in every language it has, for each reader to pick theirs.
 *
 * @param titles empty if storage has no title for the offering; it is then named by its id
 */
public record OfferingCoverage(OfferingId offering, LocalisedText titles, long municipalities, long consumers) {

    public OfferingCoverage {
        Objects.requireNonNull(offering, "offering");
        Objects.requireNonNull(titles, "titles");
    }

    /** English if it has one, else Swedish, else any language; the id if it has no title. */
    public String title() {
        return titleIn(LanguageCode.ENGLISH);
    }

    /** In {@code language} if it has it, else Swedish, else English, else any; the id if it has no title. */
    public String titleIn(LanguageCode language) {
        return titles.isEmpty() ? offering.toString() : titles.preferring(language);
    }
}
