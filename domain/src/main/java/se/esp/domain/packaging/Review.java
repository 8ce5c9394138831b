package se.esp.domain.packaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import se.esp.domain.organisation.OrganisationId;

/**
 * One review of one draft of a packaging: who took it up and when, and — once decided — the outcome, the verdict
 * on every criterion and, for a rejection, the reason. Kept for good, so the history shows every round.
 *
 * @param decidedAt   {@code null} while the review is open
 * @param outcome     {@code null} while the review is open
 * @param assessments empty while open and for a rejection
 * @param reason      why it was rejected; {@code null} otherwise
 */
public record Review(int draftNumber, String reviewerId, OrganisationId reviewerOrganisation, Instant startedAt,
                     Instant decidedAt, ReviewOutcome outcome, List<CriterionAssessment> assessments, String reason) {

    public Review {
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(startedAt, "startedAt");
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }

    static Review open(int draftNumber, Reviewer reviewer, Instant at) {
        return new Review(draftNumber, reviewer.userId(), reviewer.organisation(), at, null, null, List.of(), null);
    }

    Review decided(Reviewer decider, ReviewOutcome decision, List<CriterionAssessment> verdicts, String why,
                   Instant at) {
        return new Review(draftNumber, decider.userId(), decider.organisation(), startedAt, at, decision, verdicts, why);
    }

    public boolean isOpen() {
        return outcome == null;
    }

    public List<CriterionAssessment> failed() {
        return assessments.stream().filter(a -> !a.passed()).toList();
    }
}
