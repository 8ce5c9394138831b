package se.esp.domain.packaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.domain.organisation.IndependentReview;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Text;

/**
 * A supplier's description of a service on its way through quality review:
 * {@code DRAFT → SUBMITTED → IN_REVIEW → APPROVED → PUBLISHED}, with {@code RETURNED} (remarks per criterion; the
 * supplier revises and resubmits) and {@code REJECTED}. After publication the supplier can start a revision: the
 * packaging is a draft again, with the next draft number, while the published offering version stays on offer.
 *
 * <p>When a review returns the packaging, the content as it was reviewed is kept ({@link #returnedDraft()}), so the
 * next round can show what the supplier changed since ({@link PackagingDiff}); editing replaces only the current
 * content. A revision starts a new draft and forgets it: what was returned in an earlier draft is no longer what the
 * supplier is answering.</p>
 *
 * <p>The packaging knows nothing of offerings (an offering refers to its packaging, not the other way round), so
 * the two areas stay free of cycles. Every review of every draft stays in the history.</p>
 */
public final class Packaging {

    public static final int MAX_REASON_LENGTH = 2_000;

    private final PackagingId id;
    private final OrganisationId supplier;
    private PackagingStatus status;
    private PackagingContent content;
    private PackagingContent returnedContent;
    private int draftNumber;
    private final List<Review> reviews;
    private final Instant createdAt;
    private Instant changedAt;
    private final long version;

    private Packaging(PackagingId id, OrganisationId supplier, PackagingStatus status, PackagingContent content,
                      int draftNumber, List<Review> reviews, PackagingContent returnedContent, Instant createdAt,
                      Instant changedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.status = Objects.requireNonNull(status, "status");
        this.content = Objects.requireNonNull(content, "content");
        this.draftNumber = draftNumber;
        this.reviews = new ArrayList<>(reviews);
        this.returnedContent = returnedContent;
        if (returnedContent != null && lastReturn().isEmpty()) {
            throw new IllegalArgumentException("packaging " + id + " keeps a returned draft, but no review of draft "
                    + draftNumber + " returned it");
        }
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.version = version;
    }

    /** The new packaging and the event recording it. */
    public record Creation(Packaging packaging, PackagingCreated event) {
    }

    public static Creation create(PackagingId id, OrganisationId supplier, PackagingContent content, Instant at) {
        Packaging packaging = new Packaging(id, supplier, PackagingStatus.DRAFT, content, 1, List.of(), null, at, at,
                0);
        return new Creation(packaging, new PackagingCreated(UUID.randomUUID(), at, id, 1, supplier));
    }

    /**
     * Rebuilds a stored packaging; no event.
     *
     * @param returnedContent the content as the current draft's last return found it ({@link #returnedDraft()});
     *                        {@code null} when the draft was not returned, or was returned before it was kept
     */
    public static Packaging reconstitute(PackagingId id, OrganisationId supplier, PackagingStatus status,
                                         PackagingContent content, int draftNumber, List<Review> reviews,
                                         PackagingContent returnedContent, Instant createdAt, Instant changedAt,
                                         long version) {
        return new Packaging(id, supplier, status, content, draftNumber, reviews, returnedContent, createdAt,
                changedAt, version);
    }

    /** Replaces the content of a draft or of a returned packaging. */
    public PackagingEdited edit(PackagingContent newContent, Instant at) {
        requireStatus("edited", PackagingStatus.DRAFT, PackagingStatus.RETURNED);
        this.content = Objects.requireNonNull(newContent, "newContent");
        this.changedAt = at;
        return new PackagingEdited(UUID.randomUUID(), at, id, draftNumber);
    }

    /**
     * Hands the draft to the reviewers.
     *
     * @throws PackagingIncompleteException listing every field a reviewer needs that is missing
     */
    public PackagingSubmitted submit(Instant at) {
        requireStatus("submitted", PackagingStatus.DRAFT, PackagingStatus.RETURNED);
        var missing = content.missingForReview();
        if (!missing.isEmpty()) {
            throw new PackagingIncompleteException(missing);
        }
        return moveTo(PackagingStatus.SUBMITTED, at, new PackagingSubmitted(UUID.randomUUID(), at, id, draftNumber));
    }

    /** A coordinator takes the submitted draft up; never one of the supplier's own. */
    public PackagingReviewStarted startReview(Reviewer reviewer, Instant at) {
        refuseOwnOrganisation(reviewer);
        requireStatus("taken up for review", PackagingStatus.SUBMITTED);
        reviews.add(Review.open(draftNumber, reviewer, at));
        return moveTo(PackagingStatus.IN_REVIEW, at,
                new PackagingReviewStarted(UUID.randomUUID(), at, id, draftNumber, reviewer.userId()));
    }

    /**
     * Records the verdict on every criterion of the checklist: approved when all passed, else returned to the
     * supplier with the remarks.
     *
     * @return {@link PackagingApproved} or {@link PackagingReturned}
     */
    public PackagingEvent recordReview(Reviewer reviewer, ReviewChecklist checklist,
                                       List<CriterionAssessment> assessments, Instant at) {
        refuseOwnOrganisation(reviewer);
        requireStatus("reviewed", PackagingStatus.IN_REVIEW);
        checklist.requireCompleteVerdict(assessments);
        boolean allPassed = assessments.stream().allMatch(CriterionAssessment::passed);
        ReviewOutcome outcome = allPassed ? ReviewOutcome.APPROVED : ReviewOutcome.RETURNED;
        Review decided = openReview().decided(reviewer, outcome, assessments, null, at);
        reviews.set(reviews.size() - 1, decided);
        if (allPassed) {
            return moveTo(PackagingStatus.APPROVED, at,
                    new PackagingApproved(UUID.randomUUID(), at, id, draftNumber, reviewer.userId()));
        }
        returnedContent = content;
        return moveTo(PackagingStatus.RETURNED, at,
                new PackagingReturned(UUID.randomUUID(), at, id, draftNumber, reviewer.userId(), decided.failed()));
    }

    /** Refuses the packaging for good, with the reason. */
    public PackagingRejected reject(Reviewer reviewer, String reason, Instant at) {
        refuseOwnOrganisation(reviewer);
        String checkedReason = Text.requireText("reason", reason, MAX_REASON_LENGTH);
        requireStatus("rejected", PackagingStatus.IN_REVIEW);
        reviews.set(reviews.size() - 1,
                openReview().decided(reviewer, ReviewOutcome.REJECTED, List.of(), checkedReason, at));
        return moveTo(PackagingStatus.REJECTED, at,
                new PackagingRejected(UUID.randomUUID(), at, id, draftNumber, reviewer.userId(), checkedReason));
    }

    /** The approved draft becomes an offering version (the caller creates it from {@link #content()}). */
    public PackagingPublished publish(Instant at) {
        requireStatus("published", PackagingStatus.APPROVED);
        return moveTo(PackagingStatus.PUBLISHED, at, new PackagingPublished(UUID.randomUUID(), at, id, draftNumber));
    }

    /** Starts the next draft of a published packaging, from the published content. */
    public PackagingRevisionStarted startRevision(Instant at) {
        requireStatus("revised", PackagingStatus.PUBLISHED);
        draftNumber++;
        returnedContent = null;
        return moveTo(PackagingStatus.DRAFT, at, new PackagingRevisionStarted(UUID.randomUUID(), at, id, draftNumber));
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "packaging " + id + " is at version " + version
                    + ", the change was based on version " + expectedVersion);
        }
    }

    public boolean isOwnedBy(OrganisationId organisation) {
        return supplier.equals(organisation);
    }

    public PackagingId id() {
        return id;
    }

    public OrganisationId supplier() {
        return supplier;
    }

    public PackagingStatus status() {
        return status;
    }

    public PackagingContent content() {
        return content;
    }

    /**
     * The current draft as its last return found it, with the review that returned it (and its remarks); empty when
     * this draft was never returned (or was returned before returned drafts were kept).
     */
    public Optional<ReturnedDraft> returnedDraft() {
        return returnedContent == null ? Optional.empty()
                : lastReturn().map(review -> new ReturnedDraft(review, returnedContent));
    }

    /** 1 for the first draft; each revision of the published packaging counts one up. */
    public int draftNumber() {
        return draftNumber;
    }

    /** Every review of every draft, oldest first. */
    public List<Review> reviews() {
        return List.copyOf(reviews);
    }

    public Optional<Review> latestReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** Number of stored changes; 0 before it is first stored. */
    public long version() {
        return version;
    }

    private Optional<Review> lastReturn() {
        for (int i = reviews.size() - 1; i >= 0; i--) {
            Review review = reviews.get(i);
            if (review.draftNumber() == draftNumber && review.outcome() == ReviewOutcome.RETURNED) {
                return Optional.of(review);
            }
        }
        return Optional.empty();
    }

    private Review openReview() {
        return latestReview().filter(Review::isOpen)
                .orElseThrow(() -> new IllegalStateException("a packaging in review has an open review"));
    }

    private void refuseOwnOrganisation(Reviewer reviewer) {
        IndependentReview.require(reviewer.organisation(), supplier, "review a packaging");
    }

    private void requireStatus(String action, PackagingStatus... allowed) {
        for (PackagingStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainException(ErrorCode.PACKAGING_STATUS_CONFLICT, "packaging " + id + " is " + status
                + "; it can be " + action + " only when " + List.of(allowed));
    }

    private <E extends PackagingEvent> E moveTo(PackagingStatus next, Instant at, E event) {
        this.status = next;
        this.changedAt = at;
        return event;
    }

    @Override
    public String toString() {
        return "Packaging[" + id + ", " + status + ", draft " + draftNumber + "]";
    }
}
