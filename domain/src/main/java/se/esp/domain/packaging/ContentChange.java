package se.esp.domain.packaging;

import java.util.Objects;

/**
 * One field that differs between two versions of a packaging's content.
 *
 * @param path   the field as the API names it ({@code titles.sv}, {@code components[2].durationMinutes},
 *               {@code applicationForm[key=level].required}); see {@link PackagingDiff} for the notation
 * @param kind   added, removed or changed
 * @param before the older version's value as display text; {@code null} when it had none ({@link ChangeKind#ADDED})
 * @param after  the newer version's value as display text; {@code null} when it has none
 *               ({@link ChangeKind#REMOVED})
 */
public record ContentChange(String path, ChangeKind kind, String before, String after) {

    public ContentChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        boolean consistent = switch (kind) {
            case ADDED -> before == null && after != null;
            case REMOVED -> before != null && after == null;
            case CHANGED -> before != null && after != null && !before.equals(after);
        };
        if (!consistent) {
            throw new IllegalArgumentException(kind + " of " + path + " cannot go from " + before + " to " + after);
        }
    }

    /** The change between two display texts of one field; {@code null} when they are the same. */
    static ContentChange of(String path, String before, String after) {
        if (Objects.equals(before, after)) {
            return null;
        }
        ChangeKind kind = before == null ? ChangeKind.ADDED : after == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
        return new ContentChange(path, kind, before, after);
    }
}
