package se.esp.adapter.persistence.packaging;

import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.esp.adapter.persistence.storage.JpaStorage;
import se.esp.application.port.out.ReviewChecklists;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/** The review checklist in the one row of {@code review_checklist}. */
public final class JpaReviewChecklists implements ReviewChecklists {

    private final JpaStorage storage;

    public JpaReviewChecklists(JpaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public Optional<ReviewChecklist> configured() {
        return Optional.ofNullable(storage.entityManager().find(ReviewChecklistJpaEntity.class,
                ReviewChecklistJpaEntity.THE_ONLY_ID)).map(JpaReviewChecklists::toDomain);
    }

    @Override
    public ReviewChecklist save(ReviewChecklist checklist) {
        EntityManager entityManager = storage.entityManager();
        ReviewChecklistJpaEntity row = entityManager.find(ReviewChecklistJpaEntity.class,
                ReviewChecklistJpaEntity.THE_ONLY_ID);
        long storedVersion = row == null ? 0 : row.version;
        if (storedVersion != checklist.version()) {
            throw stale(checklist);
        }
        if (row == null) {
            row = new ReviewChecklistJpaEntity();
            row.id = ReviewChecklistJpaEntity.THE_ONLY_ID;
            row.criteria = ContentJson.writeCriteria(checklist.criteria());
            entityManager.persist(row);
        } else {
            row.criteria = ContentJson.writeCriteria(checklist.criteria());
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (JpaStorage.isLostUpdate(e) || JpaStorage.isConstraintViolation(e)) {
                throw stale(checklist);
            }
            throw e;
        }
        return toDomain(row);
    }

    private static ReviewChecklist toDomain(ReviewChecklistJpaEntity row) {
        return ReviewChecklist.reconstitute(ContentJson.readCriteria(row.criteria), row.version);
    }

    private static DomainException stale(ReviewChecklist checklist) {
        return new DomainException(ErrorCode.STALE_VERSION,
                "the review checklist was changed by somebody else since version " + checklist.version());
    }
}
