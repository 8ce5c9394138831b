package se.esp.domain.matching;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * What one offering version asks of a delivery, as matching needs it: the competences the leading resource must
 * hold (all of them), the languages it is delivered in, its sessions and its group size. The offering area builds it
 * from the published version.
 *
 * @param title the offering's title, for explanations
 */
public record OfferingRequirement(OfferingVersionId offeringVersion, String title, Set<CompetenceCode> competences,
                                  Set<LanguageCode> languages, SessionPlan sessions, GroupSize groupSize) {

    public OfferingRequirement {
        Objects.requireNonNull(offeringVersion, "offeringVersion");
        Objects.requireNonNull(title, "title");
        if (competences == null || competences.isEmpty()) {
            throw new IllegalArgumentException("an offering requires at least one competence");
        }
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("an offering is delivered in at least one language");
        }
        competences = Collections.unmodifiableSet(new TreeSet<>(competences));
        languages = Collections.unmodifiableSet(new TreeSet<>(languages));
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(groupSize, "groupSize");
    }

    /** The competences in words, for explanations: {@code study guidance and civic orientation}. */
    String competencesInWords() {
        StringBuilder words = new StringBuilder();
        int i = 0;
        for (CompetenceCode code : competences) {
            if (i > 0) {
                words.append(i == competences.size() - 1 ? " and " : ", ");
            }
            words.append(code.asWords());
            i++;
        }
        return words.toString();
    }
}
