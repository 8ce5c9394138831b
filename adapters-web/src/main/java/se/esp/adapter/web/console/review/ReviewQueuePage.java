package se.esp.adapter.web.console.review;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.application.port.in.organisation.GetOrganisationQuery;
import se.esp.application.port.in.packaging.ReviewQueueQuery;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.PackagingStatus;
import se.esp.domain.shared.LanguageCode;

/**
 * The review queue ({@code console/review-queue.xhtml}): what waits for a coordinator's review, oldest first, never
 * their own organisation's (the use case leaves those out).
 */
@Named("reviewQueue")
@RequestScoped
public class ReviewQueuePage {

    /** One packaging in the queue, as the table shows it. */
    public record Row(String id, String title, String supplier, PackagingStatus status, int draftNumber,
                      Instant waitingSince) {
    }

    @Inject
    ConsoleSession session;

    @Inject
    ReviewQueueQuery queue;

    @Inject
    GetOrganisationQuery organisations;

    private List<Row> rows;

    public List<Row> getItems() {
        if (rows == null) {
            LanguageCode language = LanguageCode.of(ConsoleText.locale().getLanguage());
            Map<OrganisationId, String> names = new HashMap<>();
            rows = queue.waitingForReview(session.actor()).stream().map(p -> new Row(p.id().toString(),
                    p.content().titles().preferring(language), names.computeIfAbsent(p.supplier(), this::nameOf),
                    p.status(), p.draftNumber(), p.changedAt())).toList();
        }
        return rows;
    }

    private String nameOf(OrganisationId id) {
        return organisations.get(session.actor(), id).name().value();
    }
}
