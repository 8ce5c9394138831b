package se.esp.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects violations across several fields so that one request reports all of them, not just the first.
 *
 * <pre>{@code
 * var violations = new Violations();
 * var number = violations.check("organisationNumber", () -> OrganisationNumber.parse(raw));
 * violations.throwIfAny();
 * }</pre>
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /**
     * Runs a parse or construction; a {@link ValidationException} it throws is recorded under {@code field}
     * and {@code null} is returned, so the caller can go on checking the other fields.
     */
    public <T> T check(String field, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (ValidationException e) {
            e.violations().forEach(v -> found.add(v.inField(field)));
            return null;
        }
    }

    /**
     * Like {@link #check}, but keeps each violation's own field under a prefix, for value objects inside
     * others: prefix {@code groupSize} and field {@code min} become {@code groupSize.min}.
     */
    public <T> T checkNested(String prefix, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (ValidationException e) {
            e.violations().forEach(v -> found.add(v.inField(prefix + "." + v.field())));
            return null;
        }
    }

    public Violations add(String field, ViolationCode code, String message) {
        found.add(new Violation(field, code, message));
        return this;
    }

    public Violations addAll(ValidationException e) {
        found.addAll(e.violations());
        return this;
    }

    /** Whether a violation was already recorded for this field. */
    public boolean concerns(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    /** Whether a violation was recorded for a field below this one ({@code groupSize.min}, {@code slots[0]}). */
    public boolean concernsBelow(String field) {
        return found.stream().anyMatch(v -> v.field().startsWith(field + ".") || v.field().startsWith(field + "["));
    }

    /** How many violations were recorded so far. */
    public int size() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
