package se.esp.domain.offering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.Text;

/**
 * A service on offer nationally: the published versions of one packaging, the latest of which is current. A new
 * version replaces the current one only when it is published (after approval), so the service stays on offer
 * while its revision is reviewed. Suspension and retirement are the owner's; versions are never removed.
 */
public final class Offering {

    public static final int MAX_REASON_LENGTH = 2_000;

    private final OfferingId id;
    private final PackagingId packaging;
    private final OrganisationId supplier;
    private OfferingStatus status;
    private final List<OfferingVersion> versions;
    private final long version;

    private Offering(OfferingId id, PackagingId packaging, OrganisationId supplier, OfferingStatus status,
                     List<OfferingVersion> versions, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.packaging = Objects.requireNonNull(packaging, "packaging");
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.status = Objects.requireNonNull(status, "status");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("an offering has at least one version");
        }
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(OfferingVersion::number));
        this.version = version;
    }

    /** The new offering and the event of its first version. */
    public record Launch(Offering offering, OfferingVersionPublished event) {
    }

    public static Launch launch(OfferingId id, PackagingId packaging, OrganisationId supplier,
                                OfferingVersionId versionId, int draftNumber, PackagingContent content, Instant at) {
        OfferingVersion first = new OfferingVersion(versionId, 1, draftNumber, content, at);
        Offering offering = new Offering(id, packaging, supplier, OfferingStatus.ON_OFFER, List.of(first), 0);
        return new Launch(offering, offering.published(first, at));
    }

    public static Offering reconstitute(OfferingId id, PackagingId packaging, OrganisationId supplier,
                                        OfferingStatus status, List<OfferingVersion> versions, long version) {
        return new Offering(id, packaging, supplier, status, versions, version);
    }

    /** A newly approved draft replaces the current version; a suspended offering stays suspended. */
    public OfferingVersionPublished publishVersion(OfferingVersionId versionId, int draftNumber,
                                                   PackagingContent content, Instant at) {
        if (status == OfferingStatus.RETIRED) {
            throw conflict("is retired; it takes no new versions");
        }
        OfferingVersion next = new OfferingVersion(versionId, current().number() + 1, draftNumber, content, at);
        versions.add(next);
        return published(next, at);
    }

    public OfferingSuspended suspend(String reason, Instant at) {
        if (status != OfferingStatus.ON_OFFER) {
            throw conflict("is " + status + "; only an offering on offer can be suspended");
        }
        status = OfferingStatus.SUSPENDED;
        return new OfferingSuspended(UUID.randomUUID(), at, id, Text.requireText("reason", reason, MAX_REASON_LENGTH));
    }

    public OfferingResumed resume(Instant at) {
        if (status != OfferingStatus.SUSPENDED) {
            throw conflict("is " + status + "; only a suspended offering can be resumed");
        }
        status = OfferingStatus.ON_OFFER;
        return new OfferingResumed(UUID.randomUUID(), at, id);
    }

    public OfferingRetired retire(String reason, Instant at) {
        if (status == OfferingStatus.RETIRED) {
            throw conflict("is already retired");
        }
        String checked = Text.requireText("reason", reason, MAX_REASON_LENGTH);
        status = OfferingStatus.RETIRED;
        return new OfferingRetired(UUID.randomUUID(), at, id, checked);
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "offering " + id + " is at version " + version
                    + ", the change was based on version " + expectedVersion);
        }
    }

    /** Whether the catalogue shows it. */
    public boolean isOnOffer() {
        return status == OfferingStatus.ON_OFFER;
    }

    public OfferingVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<OfferingVersion> version(OfferingVersionId versionId) {
        return versions.stream().filter(v -> v.id().equals(versionId)).findFirst();
    }

    /** Every version, oldest first. */
    public List<OfferingVersion> versions() {
        return List.copyOf(versions);
    }

    public OfferingId id() {
        return id;
    }

    public PackagingId packaging() {
        return packaging;
    }

    public OrganisationId supplier() {
        return supplier;
    }

    public OfferingStatus status() {
        return status;
    }

    /** Number of stored changes (optimistic locking); not to be confused with the content's version numbers. */
    public long version() {
        return version;
    }

    private OfferingVersionPublished published(OfferingVersion published, Instant at) {
        return new OfferingVersionPublished(UUID.randomUUID(), at, id, published.id(), published.number(), packaging,
                supplier);
    }

    private DomainException conflict(String what) {
        return new DomainException(ErrorCode.OFFERING_STATUS_CONFLICT, "offering " + id + " " + what);
    }

    @Override
    public String toString() {
        return "Offering[" + id + ", " + status + ", version " + current().number() + "]";
    }
}
