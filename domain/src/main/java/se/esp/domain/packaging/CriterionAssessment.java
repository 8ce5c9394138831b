package se.esp.domain.packaging;

import se.esp.domain.shared.Text;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * A reviewer's verdict on one criterion. A failed criterion needs a remark that tells the supplier what to
 * change; a passed one may have one.
 *
 * @param remark {@code null} when none
 */
public record CriterionAssessment(String criterion, boolean passed, String remark) {

    public static final int MAX_REMARK_LENGTH = 2_000;

    public CriterionAssessment {
        if (criterion == null || criterion.isBlank()) {
            throw ValidationException.of("criterion", ViolationCode.REQUIRED, "must name the criterion");
        }
        if (remark != null && remark.isBlank()) {
            remark = null;
        }
        if (remark != null) {
            remark = Text.requireText("remark", remark, MAX_REMARK_LENGTH);
        }
        if (!passed && remark == null) {
            throw ValidationException.of("remark", ViolationCode.REQUIRED,
                    "a failed criterion needs a remark telling the supplier what to change");
        }
    }

    public static CriterionAssessment pass(String criterion) {
        return new CriterionAssessment(criterion, true, null);
    }

    public static CriterionAssessment fail(String criterion, String remark) {
        return new CriterionAssessment(criterion, false, remark);
    }
}
