package se.esp.domain.matching;

import java.util.Objects;

import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Where applications compete for places: one offering version in one delivery language. Deliveries are opened and
 * filled per queue, an organisation's turns are counted per queue, and a change of demand concerns only its queue.
 */
public record MatchingQueue(OfferingVersionId offeringVersion, LanguageCode language)
        implements Comparable<MatchingQueue> {

    public MatchingQueue {
        Objects.requireNonNull(offeringVersion, "offeringVersion");
        Objects.requireNonNull(language, "language");
    }

    public static MatchingQueue of(WaitingApplication application) {
        return new MatchingQueue(application.offeringVersion(), application.language());
    }

    @Override
    public int compareTo(MatchingQueue other) {
        int c = offeringVersion.value().compareTo(other.offeringVersion.value());
        return c != 0 ? c : language.value().compareTo(other.language.value());
    }
}
