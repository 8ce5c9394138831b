package se.esp.adapter.web.console.supplier;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import se.esp.adapter.web.console.ConsoleText;
import se.esp.application.port.in.offering.FindOfferingsQuery;
import se.esp.application.security.ActingUser;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * The title of an offering version in the user's language where it has one, read once per page: a delivery keeps
 * only one title (for explanations), the version keeps them all.
 */
final class OfferingTitles implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Map<OfferingVersionId, String> titles = new HashMap<>();

    String of(FindOfferingsQuery offerings, ActingUser actor, OfferingVersionId version) {
        return titles.computeIfAbsent(version, id -> offerings.version(actor, id).version().content().titles()
                .preferring(LanguageCode.of(ConsoleText.locale().getLanguage())));
    }
}
