package se.esp.adapter.persistence.packaging;

import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryAggregates;
import se.esp.application.port.out.ReviewChecklists;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.shared.ErrorCode;

/** The one review checklist, stored under one key; callers get copies. */
public final class InMemoryReviewChecklists extends InMemoryAggregates<String, ReviewChecklist>
        implements ReviewChecklists {

    private static final String THE_CHECKLIST = "the review checklist";

    public InMemoryReviewChecklists() {
        super(checklist -> THE_CHECKLIST, ReviewChecklist::version, checklist -> THE_CHECKLIST,
                ErrorCode.STALE_VERSION);
    }

    @Override
    public Optional<ReviewChecklist> configured() {
        return findById(THE_CHECKLIST);
    }

    @Override
    protected ReviewChecklist copy(ReviewChecklist checklist, long version) {
        return ReviewChecklist.reconstitute(checklist.criteria(), version);
    }
}
