package se.esp.application.port.in.packaging;

import java.util.List;
import java.util.Objects;

import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.PackagingId;

/** The reviewer's verdict on every criterion of the checklist, based on the version read. */
public record RecordReviewCommand(PackagingId id, long expectedVersion, List<CriterionAssessment> assessments) {

    public RecordReviewCommand {
        Objects.requireNonNull(id, "id");
        assessments = List.copyOf(assessments);
    }
}
