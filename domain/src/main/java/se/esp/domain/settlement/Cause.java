package se.esp.domain.settlement;

import java.util.Objects;

/**
 * What caused a settlement line, by reference: e.g. the delivery {@code id}, with {@code detail} the application
 * (for a buyer's line) or the resource (for hours); or the partnership, membership, project or joint cost.
 *
 * @param detail {@code null} when there is nothing finer to point at
 */
public record Cause(CauseType type, String id, String detail) {

    public Cause {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** Two causes concern the same thing if type and id match, whatever the detail. */
    public boolean sameSourceAs(Cause other) {
        return type == other.type && id.equals(other.id);
    }
}
