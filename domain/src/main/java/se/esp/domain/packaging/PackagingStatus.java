package se.esp.domain.packaging;

/**
 * Where a packaging is in quality review: {@code DRAFT → SUBMITTED → IN_REVIEW → APPROVED → PUBLISHED}, with
 * {@code RETURNED} (revise and resubmit) and {@code REJECTED} (final). A published packaging is revised by going
 * back to {@code DRAFT} with the next draft number while its offering stays on offer.
 */
public enum PackagingStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    RETURNED,
    APPROVED,
    PUBLISHED,
    REJECTED;

    /** The supplier may change the content. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
