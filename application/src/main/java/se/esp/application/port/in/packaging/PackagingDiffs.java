package se.esp.application.port.in.packaging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.packaging.PackagingId;
import se.esp.domain.packaging.PackagingStatus;

/**
 * What {@link DiffPackagingQuery} answers: the packaging as it is now, and its content compared with each earlier
 * version it has — the returned draft first, then the version on offer.
 *
 * @param version the packaging's stored version the comparisons were made at
 */
public record PackagingDiffs(PackagingId packagingId, PackagingStatus status, int draftNumber, long version,
                             List<PackagingComparison> comparisons) {

    public PackagingDiffs {
        Objects.requireNonNull(packagingId, "packagingId");
        Objects.requireNonNull(status, "status");
        comparisons = List.copyOf(comparisons);
    }

    /** The comparison with that version, if the packaging has one. */
    public Optional<PackagingComparison> against(Baseline baseline) {
        return comparisons.stream().filter(c -> c.against() == baseline).findFirst();
    }
}
