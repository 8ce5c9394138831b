package se.esp.domain.packaging;

import java.util.List;

import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violation;

/** Submission refused: the packaging lacks what a reviewer needs; lists every missing field. */
public class PackagingIncompleteException extends ValidationException {

    private static final long serialVersionUID = 1L;

    public PackagingIncompleteException(List<Violation> missing) {
        super(ErrorCode.PACKAGING_INCOMPLETE, missing);
    }
}
