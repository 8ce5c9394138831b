package se.esp.adapter.persistence.packaging;

import java.util.Optional;

import se.esp.adapter.persistence.storage.JpaAggregates;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.ReviewChecklists;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.shared.ErrorCode;

/**
 * The review checklist in the one row of {@code review_checklist}. There is no row until it is first saved, so a
 * save at version 0 while a row exists, or at a later version while none does, is a stale version.
 */
public final class JpaReviewChecklists extends JpaAggregates<ReviewChecklist, ReviewChecklistJpaEntity>
        implements ReviewChecklists {

    public JpaReviewChecklists(JpaStorage storage) {
        super(storage, ReviewChecklistJpaEntity.class, checklist -> ReviewChecklistJpaEntity.THE_ONLY_ID,
                ReviewChecklist::version, row -> row.version, checklist -> "the review checklist",
                ErrorCode.STALE_VERSION);
    }

    @Override
    public Optional<ReviewChecklist> configured() {
        return Optional.ofNullable(storage.entityManager().find(ReviewChecklistJpaEntity.class,
                ReviewChecklistJpaEntity.THE_ONLY_ID)).map(this::toDomain);
    }

    @Override
    protected void refuseNew(ReviewChecklist checklist) {
        if (configured().isPresent()) {
            throw stale(checklist);
        }
    }

    @Override
    protected ReviewChecklistJpaEntity newRow(ReviewChecklist checklist) {
        ReviewChecklistJpaEntity row = new ReviewChecklistJpaEntity();
        row.id = ReviewChecklistJpaEntity.THE_ONLY_ID;
        update(checklist, row);
        return row;
    }

    @Override
    protected void update(ReviewChecklist checklist, ReviewChecklistJpaEntity row) {
        row.criteria = ContentJson.writeCriteria(checklist.criteria());
    }

    @Override
    protected ReviewChecklist toDomain(ReviewChecklistJpaEntity row) {
        return ReviewChecklist.reconstitute(ContentJson.readCriteria(row.criteria), row.version);
    }

    /** Two first saves at once: the second insert of the one row is refused, as a stale version. */
    @Override
    protected void onConstraintViolation(ReviewChecklist checklist) {
        throw stale(checklist);
    }
}
