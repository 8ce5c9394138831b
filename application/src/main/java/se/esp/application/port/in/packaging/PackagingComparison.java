package se.esp.application.port.in.packaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.PackagingDiff;
import se.esp.domain.packaging.ReturnedDraft;
import se.esp.domain.shared.OfferingVersionId;

/**
 * A packaging's current content compared with one earlier version of it, and which version that was.
 *
 * @param against               which version
 * @param draftNumber           the packaging's draft that version is of
 * @param since                 when it was returned, or published
 * @param remarks               the criteria the returning review failed, with its remarks; empty for {@code OFFERED}
 * @param offeringId            the offering; {@code null} for {@code RETURNED}
 * @param offeringVersionId     the version on offer; {@code null} for {@code RETURNED}
 * @param offeringVersionNumber its number; {@code null} for {@code RETURNED}
 * @param diff                  what changed from that version to the current content
 */
public record PackagingComparison(Baseline against, int draftNumber, Instant since, List<CriterionAssessment> remarks,
                                  OfferingId offeringId, OfferingVersionId offeringVersionId,
                                  Integer offeringVersionNumber, PackagingDiff diff) {

    public PackagingComparison {
        Objects.requireNonNull(against, "against");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(diff, "diff");
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
    }

    /** The content compared with the draft the last review returned. */
    public static PackagingComparison sinceReturned(ReturnedDraft returned, PackagingDiff diff) {
        return new PackagingComparison(Baseline.RETURNED, returned.review().draftNumber(),
                returned.review().decidedAt(), returned.review().failed(), null, null, null, diff);
    }

    /** The content compared with the offering's current version. */
    public static PackagingComparison sinceOffered(Offering offering, PackagingDiff diff) {
        OfferingVersion current = offering.current();
        return new PackagingComparison(Baseline.OFFERED, current.draftNumber(), current.publishedAt(), List.of(),
                offering.id(), current.id(), current.number(), diff);
    }
}
