package se.esp.adapter.persistence.packaging;

import java.util.Optional;

import se.esp.adapter.persistence.storage.InMemoryStore;
import se.esp.application.port.out.ReviewChecklists;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** The review checklist in a field. */
public final class InMemoryReviewChecklists implements ReviewChecklists, InMemoryStore {

    private ReviewChecklist stored;

    @Override
    public synchronized Optional<ReviewChecklist> configured() {
        return Optional.ofNullable(stored).map(c -> ReviewChecklist.reconstitute(c.criteria(), c.version()));
    }

    @Override
    public synchronized ReviewChecklist save(ReviewChecklist checklist) {
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != checklist.version()) {
            throw new DomainException(ErrorCode.STALE_VERSION,
                    "the review checklist was changed by somebody else since version " + checklist.version());
        }
        stored = ReviewChecklist.reconstitute(checklist.criteria(), checklist.version() + 1);
        return ReviewChecklist.reconstitute(stored.criteria(), stored.version());
    }

    @Override
    public synchronized Object snapshot() {
        return Optional.ofNullable(stored);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        stored = ((Optional<ReviewChecklist>) snapshot).orElse(null);
    }
}
