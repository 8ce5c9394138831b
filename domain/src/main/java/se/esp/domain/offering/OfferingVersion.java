package se.esp.domain.offering;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.SessionPlan;
import se.esp.domain.packaging.Component;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * One published version of an offering: the reviewed content exactly as it was approved. Never changes and is
 * never deleted, so an application made against it can always be read against it.
 *
 * @param number      1 for the first version, counting up
 * @param draftNumber the packaging's draft that was approved as this version
 */
public record OfferingVersion(OfferingVersionId id, int number, int draftNumber, PackagingContent content,
                              Instant publishedAt) {

    private static final int MIN_SESSION_MINUTES = 15;
    private static final int MAX_SESSION_MINUTES = 600;
    private static final int MAX_WEEKS = 104;

    public OfferingVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
    }

    /**
     * What this version asks of a delivery, as matching needs it; empty when no component needs a person (nothing
     * to match). The sessions are the components that need a resource: as many a week as the content says (one by
     * default, at most one a day), each as long as the longest of them, for as many weeks as it takes to hold them
     * all. The resource must hold every competence those components name.
     */
    public Optional<OfferingRequirement> matchingRequirement() {
        List<Component> resourced = content.resourcedComponents();
        if (resourced.isEmpty() || content.deliveryLanguages().isEmpty() || content.groupSize() == null) {
            return Optional.empty();
        }
        int sessions = resourced.stream().mapToInt(Component::count).sum();
        int longest = resourced.stream().mapToInt(Component::durationMinutes).max().orElseThrow();
        int minutes = Math.max(MIN_SESSION_MINUTES, Math.min(MAX_SESSION_MINUTES, longest));
        int perWeek = Math.min(Math.min(content.sessionsPerWeek() == null ? 1 : content.sessionsPerWeek(), sessions),
                PackagingContent.MAX_SESSIONS_PER_WEEK);
        int weeks = Math.min(MAX_WEEKS, (sessions + perWeek - 1) / perWeek);
        Set<CompetenceCode> competences = new TreeSet<>();
        resourced.forEach(c -> competences.add(c.resource().competence()));
        return Optional.of(new OfferingRequirement(id, title(), competences,
                content.deliveryLanguages(), new SessionPlan(perWeek, minutes, weeks), content.groupSize()));
    }

    /** The title for explanations and listings: English if there is one, else Swedish, else any. */
    public String title() {
        return content.titles().isEmpty() ? "offering version " + number
                : content.titles().preferring(LanguageCode.ENGLISH);
    }
}
