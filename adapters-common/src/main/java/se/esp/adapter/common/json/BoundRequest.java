package se.esp.adapter.common.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.Violations;

/**
 * A request body bound to its typed model, with every violation found so far. The caller goes on checking the
 * values it builds from the model ({@link #check}) under the same paths, then calls {@link #throwIfInvalid()}, so a
 * client learns everything wrong with its request at once.
 *
 * @param <R> the request model, a record
 */
public final class BoundRequest<R> {

    private final R value;
    private final Violations violations;
    private final Set<String> present;

    BoundRequest(R value, Violations violations, Set<String> present) {
        this.value = value;
        this.violations = violations;
        this.present = present;
    }

    /** The model; fields that were absent, {@code null} or refused are {@code null} (or a primitive's zero). */
    public R value() {
        return value;
    }

    /** Whether the body gave the field (by path, e.g. {@code groupSize.min}) a value other than {@code null}. */
    public boolean has(String path) {
        return present.contains(path);
    }

    /** Whether nothing at or below this path was refused so far. */
    public boolean isValid(String path) {
        return !violations.concerns(path) && !violations.concernsBelow(path);
    }

    public boolean isValidSoFar() {
        return violations.isEmpty();
    }

    /** Builds a value object; its refusal is recorded under {@code path}, and {@code null} returned. */
    public <T> T check(String path, Supplier<T> attempt) {
        return violations.check(path, attempt);
    }

    /** Like {@link #check}, for a value object whose refusals name their own fields below {@code path}. */
    public <T> T checkNested(String path, Supplier<T> attempt) {
        if (path.isEmpty()) {
            try {
                return attempt.get();
            } catch (ValidationException e) {
                violations.addAll(e);
                return null;
            }
        }
        return violations.checkNested(path, attempt);
    }

    /**
     * The paths of a bound list's items, in the order the list holds them, for checks named by item
     * ({@code availability.slots[2]}). The binder leaves out of a list the items it refused whole (a {@code null}, or
     * a value of the wrong type, each refused at the item's own path), so the list's i-th item is not always the
     * body's {@code [i]}: this skips the places of the refused ones.
     *
     * @param path the list's path, e.g. {@code availability.slots}
     * @param size how many items the bound list holds
     */
    public List<String> itemPaths(String path, int size) {
        List<String> paths = new ArrayList<>(size);
        for (int index = 0; paths.size() < size; index++) {
            String item = path + "[" + index + "]";
            if (!violations.concerns(item)) {
                paths.add(item);
            }
        }
        return paths;
    }

    public Violations violations() {
        return violations;
    }

    /** @throws ValidationException with every violation, when there is any */
    public R throwIfInvalid() {
        violations.throwIfAny();
        return value;
    }
}
