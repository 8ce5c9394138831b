package se.esp.domain.packaging;

import java.util.Objects;

/**
 * A draft as a review returned it to the supplier: the content the reviewer judged, and the review with its remarks.
 * What the next round of review compares the resubmitted content with.
 */
public record ReturnedDraft(Review review, PackagingContent content) {

    public ReturnedDraft {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(content, "content");
        if (review.outcome() != ReviewOutcome.RETURNED) {
            throw new IllegalArgumentException("a returned draft is returned by a review that returned it, not "
                    + review.outcome());
        }
    }
}
