package se.esp.application.port.in.statistics;

import java.util.List;
import java.util.Objects;

import se.esp.domain.offering.OfferingId;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.shared.LanguageCode;

/**
 * The same series as the report's, for one offering only. It carries the titles of the offering's current version in
 * every language it has, so each reader names it in theirs: the console in the user's language, the REST API in
 * English ({@link #title()}).
 *
 * @param titles empty if storage has no title for the offering; it is then named by its id
 */
public record OfferingBreakdown(OfferingId offering, LocalisedText titles, List<Series> series) {

    public OfferingBreakdown {
        Objects.requireNonNull(offering, "offering");
        Objects.requireNonNull(titles, "titles");
        series = List.copyOf(series);
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
