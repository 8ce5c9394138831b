package se.esp.adapter.web.console;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import se.esp.application.port.in.statistics.OfferingBreakdown;
import se.esp.application.port.in.statistics.OfferingCoverage;
import se.esp.domain.shared.LanguageCode;

/**
 * How the console names and lists the offerings of a statistics report: by their titles in the reader's language
 * (else Swedish, else English, else any; the report carries them all), in that language's alphabetical order and then
 * by id, so the same figures always come back in the same order. The REST API keeps the report's English titles and
 * order.
 */
public final class StatisticsTitles {

    private final LanguageCode language;
    private final Collator collator;

    public StatisticsTitles(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        this.language = LanguageCode.of(locale.getLanguage());
        this.collator = Collator.getInstance(locale);
    }

    /** In the language of the view being rendered (Swedish outside one). */
    public static StatisticsTitles ofView() {
        return new StatisticsTitles(ConsoleText.locale());
    }

    public String of(OfferingBreakdown offering) {
        return offering.titleIn(language);
    }

    public String of(OfferingCoverage offering) {
        return offering.titleIn(language);
    }

    /** By title as the reader's language sorts it, then by id. */
    public List<OfferingBreakdown> alphabetical(List<OfferingBreakdown> offerings) {
        return offerings.stream().sorted(Comparator.comparing((OfferingBreakdown o) -> of(o), collator)
                .thenComparing(o -> o.offering().toString())).toList();
    }

    /** The offerings that reached the most municipalities first, as the report has them; then by title, then id. */
    public List<OfferingCoverage> widestFirst(List<OfferingCoverage> coverage) {
        return coverage.stream().sorted(Comparator.comparingLong(OfferingCoverage::municipalities).reversed()
                .thenComparing((OfferingCoverage c) -> of(c), collator).thenComparing(c -> c.offering().toString()))
                .toList();
    }
}
