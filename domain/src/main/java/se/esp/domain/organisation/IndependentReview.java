package se.esp.domain.organisation;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Nobody reviews, verifies or decides on the work of their own organisation: a packaging's review, a resource's
 * competences and status are checked by a coordinator of another organisation. One rule and one error code
 * ({@code REVIEW_OF_OWN_ORGANISATION}, 403) whatever is reviewed.
 */
public final class IndependentReview {

    private IndependentReview() {
    }

    /**
     * @param reviewers the organisation the reviewer works for; {@code null} for one employed by none
     * @param subjects  whose work it is: the packaging's supplier, the resource's employer ({@code null}: nobody's)
     * @param what      what the reviewer would do, e.g. {@code "review a packaging"}
     * @throws DomainException {@code REVIEW_OF_OWN_ORGANISATION} if both are the same organisation
     */
    public static void require(OrganisationId reviewers, OrganisationId subjects, String what) {
        if (reviewers != null && reviewers.equals(subjects)) {
            throw new DomainException(ErrorCode.REVIEW_OF_OWN_ORGANISATION,
                    "a coordinator may not " + what + " of their own organisation; one of another organisation must");
        }
    }
}
