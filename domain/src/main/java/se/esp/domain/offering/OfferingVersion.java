package se.esp.domain.offering;

import java.time.Instant;
import java.util.Objects;

import se.esp.domain.packaging.PackagingContent;

/**
 * One published version of an offering: the reviewed content exactly as it was approved. Never changes and is
 * never deleted, so an application made against it can always be read against it.
 *
 * @param number      1 for the first version, counting up
 * @param draftNumber the packaging's draft that was approved as this version
 */
public record OfferingVersion(OfferingVersionId id, int number, int draftNumber, PackagingContent content,
                              Instant publishedAt) {

    public OfferingVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
    }
}
