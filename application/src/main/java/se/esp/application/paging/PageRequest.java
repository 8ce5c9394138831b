package se.esp.application.paging;

import se.esp.domain.shared.Violations;
import se.esp.domain.shared.ViolationCode;

/**
 * Which page of a listing to return; pages are numbered from 0.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        Violations violations = new Violations();
        if (page < 0) {
            violations.add("page", ViolationCode.OUT_OF_RANGE, "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add("size", ViolationCode.OUT_OF_RANGE, "must be between 1 and " + MAX_SIZE);
        }
        violations.throwIfAny();
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
